package org.ecozoning.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The few things in which H2GIS and PostGIS differ, so that {@link JdbcSchemeStore} holds one set
 * of SQL: column types (as migration placeholders), the store-specific migration folder (spatial
 * index, the one-published guard, append-only triggers), upsert syntax, error classification and
 * change notification. Everything else (ST_GeomFromWKB / ST_AsBinary, ST_Intersects, {@code &&})
 * is spelled the same on both.
 */
public interface SqlDialect {

    /** "h2gis" or "postgis". */
    String kind();

    /** The URL actually used: the given one with any settings the store relies on added. */
    default String connectionUrl(String url) { return url; }

    /** Whether the migration's connections must stay open while the store is open (an H2 2.4 bug). */
    default boolean retainMigrationSessions() { return false; }

    /** Flyway placeholders of the common migrations: {@code geometry}, {@code text}. */
    Map<String, String> placeholders();

    /** Classpath folder of this store's own migrations, e.g. {@code db/migration/h2}. */
    String migrationFolder();

    /** Java migrations of this store (H2GIS: registering the spatial functions). */
    List<JavaMigration> javaMigrations();

    /**
     * An insert-or-update of one row. {@code values} are the SQL value expressions, one per column
     * (usually "?"), bound in column order.
     */
    String upsert(String table, List<String> keyColumns, List<String> columns, List<String> values);

    /** Whether the error is a unique-constraint violation. */
    default boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** Whether the error means a concurrent transaction got in the way (lock timeout, deadlock, serialization). */
    boolean isConcurrencyFailure(SQLException e);

    /** Called inside the publish transaction, after the new version is published. */
    default void afterPublish(Connection c, long versionId) throws SQLException {}

    /** A way to wait for "the published version may have changed". */
    ChangeSignal openChangeSignal(ConnectionPool pool);
}
