package org.ecozoning.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ecozoning.ogc.processes.Job;
import org.ecozoning.ogc.processes.JobStatus;
import org.ecozoning.ogc.processes.JobStore;
import org.ecozoning.ogc.wps.JobRequests;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The job store contract on PostGIS at {@code ZONING_TEST_PG_URL} (own schema per test, dropped at
 * the end; skipped without the variable), plus two stores over the same database — two stateless
 * servers — seeing each other's jobs.
 */
class PostgisJobStoreTest extends JobStoreContract {
    private static final String BASE = System.getenv("ZONING_TEST_PG_URL");
    private static final java.util.List<String> SCHEMAS = new java.util.ArrayList<>();
    private String url;
    private SchemeStore scheme;
    private SchemeStore other;

    @Override
    protected JobStore open(Path spool) throws Exception {
        assumeTrue(BASE != null && !BASE.isBlank(), "ZONING_TEST_PG_URL is not set: PostGIS job store tests skipped");
        if (url == null) {
            String schema = "zj_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(BASE); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            }
            synchronized (SCHEMAS) {
                SCHEMAS.add(schema);
            }
            url = BASE + (BASE.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        }
        scheme = SchemeStores.open(url);
        return new DatabaseJobStore(SchemeStores.access(scheme), JobRequests.codec(), spool);
    }

    @Override
    protected JobStore reopen(Path spool) throws Exception {
        scheme.close();
        return open(spool);
    }

    @Override
    protected void closeStore() {
        if (scheme != null) scheme.close();
        if (other != null) other.close();
    }

    @Test
    void anotherServerOverTheSameDatabaseSeesTheJob() {
        other = SchemeStores.open(url);
        JobStore second = new DatabaseJobStore(SchemeStores.access(other), JobRequests.codec(), spool);
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        store.save(new Job("shared", "zoning:BatchCompliance", JobStatus.RUNNING, 57, "57%", now, now, null, now.plus(Duration.ofHours(1)), null, null,
                wpsEcho()));
        Job seen = second.find("shared").orElseThrow();
        assertThat(seen.percent()).isEqualTo(57);
        assertThat(seen.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(second.list(10)).extracting(Job::id).contains("shared");
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        if (BASE == null || SCHEMAS.isEmpty()) return;
        try (Connection c = DriverManager.getConnection(BASE); Statement st = c.createStatement()) {
            for (String s : SCHEMAS) st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
        }
        SCHEMAS.clear();
    }
}
