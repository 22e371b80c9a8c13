package org.ecozoning.tracking;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The monitoring store's contract on PostGIS at {@code ZONING_TEST_PG_URL}; each test gets its own
 * schema, dropped at the end. Skipped without the variable, a failure under {@code CI=true}.
 */
class PostgisMonitoringStoreTest extends MonitoringStoreContract {
    static final String ENV = "ZONING_TEST_PG_URL";
    private static String baseUrl;
    private static final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void requirePostgis() {
        baseUrl = System.getenv(ENV);
        if ((baseUrl == null || baseUrl.isBlank()) && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(ENV + " is not set but CI=true: the PostGIS contract tests must run on CI");
        }
    }

    @Override
    protected String newDatabaseUrl() throws Exception {
        assumeTrue(baseUrl != null && !baseUrl.isBlank(), ENV + " is not set: PostGIS monitoring store tests skipped");
        String schema = "zm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        synchronized (schemas) {
            schemas.add(schema);
        }
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        if (baseUrl == null || baseUrl.isBlank()) return;
        try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
            for (String s : schemas) st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
        }
    }
}
