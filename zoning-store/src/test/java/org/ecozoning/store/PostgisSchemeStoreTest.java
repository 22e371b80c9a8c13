package org.ecozoning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on PostgreSQL + PostGIS at {@code ZONING_TEST_PG_URL} (e.g. from
 * {@code .ci/postgis.sh}); each test gets its own schema, dropped at the end. Without the variable
 * the class is skipped with a reason, except under {@code CI=true}, where that is a failure.
 */
class PostgisSchemeStoreTest extends SchemeStoreContract {
    static final String ENV = PostgisTestSchemas.ENV;
    private static final PostgisTestSchemas schemas = new PostgisTestSchemas("zt_");

    @BeforeAll
    static void requirePostgis() {
        schemas.requireOnCi("the PostGIS contract tests must run on CI (start PostGIS with .ci/postgis.sh)");
        if (!schemas.available()) System.err.println("[PostgisSchemeStoreTest] SKIPPED: " + SKIP_REASON);
    }

    private static final String SKIP_REASON =
            ENV + " is not set: PostGIS contract tests skipped (run `bash .ci/postgis.sh` and export the URL it prints)";

    @Override
    protected String newDatabaseUrl() throws Exception {
        assumeTrue(schemas.available(), SKIP_REASON);
        return schemas.newSchemaUrl();
    }

    @Override
    protected boolean sharedAccess() { return true; }

    @Test
    void notifyWakesAWatcherLongBeforeItsPollInterval() throws Exception {
        LinkedBlockingQueue<VersionStamp> heard = new LinkedBlockingQueue<>();
        int before = listeners();
        try (SchemeStore second = SchemeStores.open(url, clock); AutoCloseable w = second.watch(Duration.ofMinutes(10), heard::add)) {
            for (int i = 0; i < 300 && listeners() <= before; i++) Thread.sleep(100); // wait until the watcher LISTENs
            assertThat(listeners()).isGreaterThan(before);
            SchemeVersion v = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
            VersionStamp got = heard.poll(60, TimeUnit.SECONDS);
            assertThat(got).as("a NOTIFY reached the watcher; a 10-minute poll could not have").isNotNull();
            assertThat(got.versionId()).isEqualTo(v.id());
        }
        // closing the watch handle closed its LISTEN connection
        for (int i = 0; i < 100 && listeners() > before; i++) Thread.sleep(100);
        assertThat(listeners()).isEqualTo(before);
    }

    private static int listeners() throws Exception {
        try (Connection c = DriverManager.getConnection(schemas.baseUrl()); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND query LIKE 'LISTEN " + org.ecozoning.store.jdbc.PostgisDialect.CHANNEL + "%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        schemas.dropAll();
    }
}
