package org.ecozoning.store.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.JavaMigration;

/** The embedded store: H2 2.4 with the H2GIS spatial functions the store needs. */
public final class H2gisDialect implements SqlDialect {
    @Override
    public String kind() { return "h2gis"; }

    /**
     * Adds {@code WRITE_DELAY=0} unless the URL sets it: H2 otherwise writes committed
     * transactions to the file up to 500 ms later, and a killed process loses them (the crash
     * test showed it). With 0 every commit reaches the file (the OS cache) before it returns.
     */
    /* AUTO_SERVER: a second process (the command line while a server runs) reaches the same file
     * through the first one instead of failing on the file lock; H2 listens on loopback only. */
    @Override
    public String connectionUrl(String url) {
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        if (!url.startsWith("jdbc:h2:file:")) return url;
        String u = url;
        if (!upper.contains(";WRITE_DELAY=")) u += ";WRITE_DELAY=0";
        if (!upper.contains(";AUTO_SERVER=")) u += ";AUTO_SERVER=TRUE";
        return u;
    }

    /**
     * H2 2.4.240 binds CHECK constraints and generated columns to the session that created them;
     * once it is closed they fail with "database has been closed" until the database is reopened.
     * Keeping the migration sessions for the store's lifetime avoids that (an in-memory database
     * then lives exactly as long as its store).
     */
    @Override
    public boolean retainMigrationSessions() { return true; }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("geometry", "GEOMETRY(GEOMETRY, 4490)", "text", "CHARACTER LARGE OBJECT");
    }

    @Override
    public String migrationFolder() { return "db/migration/h2"; }

    @Override
    public List<JavaMigration> javaMigrations() { return List.of(new V1_0_1__H2gisFunctions()); }

    @Override
    public String upsert(String table, List<String> keyColumns, List<String> columns, List<String> values) {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keyColumns) + ") VALUES ("
                + String.join(", ", values) + ")";
    }

    @Override
    public boolean isConcurrencyFailure(SQLException e) {
        // 90131 concurrent update, 40001 deadlock, HYT00 lock timeout
        return e.getErrorCode() == 90131 || "40001".equals(e.getSQLState()) || "HYT00".equals(e.getSQLState());
    }

    @Override
    public ChangeSignal openChangeSignal(ConnectionPool pool) {
        return new ChangeSignal() {
            @Override
            public void await(long millis) throws InterruptedException { Thread.sleep(millis); }

            @Override
            public void close() {}
        };
    }
}
