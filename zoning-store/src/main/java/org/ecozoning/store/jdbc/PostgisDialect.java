package org.ecozoning.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;

/** PostgreSQL with PostGIS: the shared store of several stateless servers. */
public final class PostgisDialect implements SqlDialect {
    /** The NOTIFY channel on which a publish is announced; the payload is the new version id. */
    public static final String CHANNEL = "ecozoning_published";

    @Override
    public String kind() { return "postgis"; }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("geometry", "geometry(Geometry, 4490)", "text", "text");
    }

    @Override
    public String migrationFolder() { return "db/migration/postgresql"; }

    @Override
    public List<JavaMigration> javaMigrations() { return List.of(); }

    @Override
    public String upsert(String table, List<String> keyColumns, List<String> columns, List<String> values) {
        List<String> sets = new ArrayList<>();
        for (String c : columns) if (!keyColumns.contains(c)) sets.add(c + " = EXCLUDED." + c);
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values) + ") ON CONFLICT ("
                + String.join(", ", keyColumns) + ") DO UPDATE SET " + String.join(", ", sets);
    }

    @Override
    public boolean isConcurrencyFailure(SQLException e) {
        String s = e.getSQLState();
        return "40001".equals(s) || "40P01".equals(s) || "55P03".equals(s);
    }

    @Override
    public void afterPublish(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, Long.toString(versionId));
            ps.execute();
        }
    }

    @Override
    public ChangeSignal openChangeSignal(ConnectionPool pool) {
        return new ListenSignal(pool);
    }

    /** LISTEN on a dedicated connection; falls back to sleeping while the connection is broken. */
    private static final class ListenSignal implements ChangeSignal {
        private final ConnectionPool pool;
        private volatile Connection conn;
        private volatile boolean closed;

        ListenSignal(ConnectionPool pool) { this.pool = pool; }

        @Override
        public void await(long millis) throws InterruptedException {
            if (closed) throw new InterruptedException();
            try {
                Connection c = conn;
                if (c == null || c.isClosed()) {
                    c = pool.open();
                    c.setAutoCommit(true);
                    try (Statement st = c.createStatement()) {
                        st.execute("LISTEN " + CHANNEL);
                    }
                    conn = c;
                    if (closed) close();
                }
                c.unwrap(PGConnection.class).getNotifications((int) Math.max(1, Math.min(millis, Integer.MAX_VALUE)));
                if (Thread.interrupted() || closed) throw new InterruptedException();
            } catch (SQLException e) {
                dropConnection();
                if (closed) throw new InterruptedException();
                Thread.sleep(millis);
            }
        }

        @Override
        public void close() {
            closed = true;
            dropConnection();
        }

        private void dropConnection() {
            Connection c = conn;
            conn = null;
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing a broken connection
                }
            }
        }
    }
}
