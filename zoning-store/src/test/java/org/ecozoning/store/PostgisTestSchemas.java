package org.ecozoning.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Throwaway schemas on the test PostGIS at {@code ZONING_TEST_PG_URL}, one per test, so PostGIS
 * contract tests of any module (published in zoning-store's test-jar) do not see each other's
 * tables; {@link #dropAll()} removes them at the end. Thread-safe.
 */
public final class PostgisTestSchemas {
    /** The environment variable holding the JDBC URL of the test PostGIS database. */
    public static final String ENV = "ZONING_TEST_PG_URL";
    private final String prefix;
    private final String baseUrl = System.getenv(ENV);
    private final List<String> schemas = new ArrayList<>();

    /** @param prefix start of the schema names, e.g. {@code "zt_"}, telling which tests made them */
    public PostgisTestSchemas(String prefix) {
        this.prefix = prefix;
    }

    /** @return whether {@link #ENV} is set */
    public boolean available() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** @return the database URL from {@link #ENV}, or null */
    public String baseUrl() {
        return baseUrl;
    }

    /** Fails when {@link #ENV} is not set but {@code CI=true}: there the PostGIS tests must run. */
    public void requireOnCi(String why) {
        if (!available() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(ENV + " is not set but CI=true: " + why);
        }
    }

    /** Creates a new empty schema; call only when {@link #available()}. @return a URL whose current schema it is */
    public String newSchemaUrl() throws SQLException {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        synchronized (schemas) {
            schemas.add(schema);
        }
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    /** Drops every schema this made. */
    public void dropAll() throws SQLException {
        synchronized (schemas) {
            if (!available() || schemas.isEmpty()) return;
            try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
                for (String s : schemas) st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
            }
            schemas.clear();
        }
    }
}
