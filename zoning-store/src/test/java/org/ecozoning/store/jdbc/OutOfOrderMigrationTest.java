package org.ecozoning.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database migrated before V5 (processing jobs) existed but already at V6 (monitoring, merged
 * first) takes V5 when the store opens, instead of refusing to start.
 */
class OutOfOrderMigrationTest {
    @TempDir Path dir;

    @Test
    void aDatabaseAtV6WithoutV5TakesV5() throws Exception {
        H2gisDialect dialect = new H2gisDialect();
        String url = dialect.connectionUrl("jdbc:h2:file:" + dir.resolve("db"));
        // as a server of the main line before the jobs branch: everything up to V4, then V6 (V5 not known yet)
        Flyway.configure(Migrator.class.getClassLoader()).dataSource(url, "", "")
                .locations("classpath:db/migration/common", "classpath:" + dialect.migrationFolder())
                .javaMigrations(dialect.javaMigrations().toArray(new JavaMigration[0]))
                .placeholders(dialect.placeholders()).target("4").load().migrate();
        Flyway v6 = Flyway.configure(Migrator.class.getClassLoader()).dataSource(url, "", "")
                .locations("classpath:db/migration/common")
                .placeholders(dialect.placeholders()).ignoreMigrationPatterns("*:missing").target("6").load();
        v6.migrate();
        assertThat(v6.info().current().getVersion().getVersion()).isEqualTo("6");
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'PROCESS_JOB'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("no jobs table before").isZero();
        }
        try (SchemeStore store = SchemeStores.open("jdbc:h2:file:" + dir.resolve("db"))) {
            assertThat(store.schemaVersion()).isEqualTo("6");
        }
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM process_job")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
