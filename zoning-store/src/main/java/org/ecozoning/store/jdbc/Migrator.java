package org.ecozoning.store.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.ecozoning.store.StoreException;

/**
 * Brings a database to the current schema on start with Flyway: the common migrations (one
 * logical schema, dialect types as placeholders) plus the store's own folder. Flyway records each
 * applied migration with its checksum in {@code flyway_schema_history} and refuses to start when an
 * applied script was altered afterwards.
 */
final class Migrator {
    private Migrator() {}

    /** Migrates and returns the schema version now current, e.g. "1.2". */
    static String migrate(UrlDataSource dataSource, SqlDialect dialect) {
        try {
            Flyway flyway = Flyway.configure(Migrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/common", "classpath:" + dialect.migrationFolder())
                    .javaMigrations(dialect.javaMigrations().toArray(new org.flywaydb.core.api.migration.JavaMigration[0]))
                    .placeholders(dialect.placeholders())
                    .cleanDisabled(true)
                    // migration numbers were handed out to parallel branches (V5 jobs merged after V6 monitoring):
                    // a database already at V6 must still take V5 instead of refusing to start
                    .outOfOrder(true)
                    .load();
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? result.targetSchemaVersion : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StoreException("数据库结构迁移失败 / schema migration failed: " + e.getMessage(), e);
        }
    }
}
