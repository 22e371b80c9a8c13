package org.ecozoning.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal pool of JDBC connections to one URL, so that each store call does not pay for a new
 * PostgreSQL connection. Connections are handed out with auto-commit on and READ COMMITTED, and
 * checked before reuse when they have been idle for a while. No size limit on borrowing: the
 * number of concurrent callers bounds it; at most {@code maxIdle} are kept.
 */
public final class ConnectionPool implements AutoCloseable {
    private static final long VALIDATE_AFTER_NANOS = 30_000_000_000L;

    private final String url;
    private final int maxIdle;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    private record Idle(Connection connection, long since) {}

    public ConnectionPool(String url, int maxIdle) {
        this.url = url;
        this.maxIdle = maxIdle;
    }

    /** A new connection outside the pool (for LISTEN, migrations); the caller closes it. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url);
    }

    public Connection borrow() throws SQLException {
        while (true) {
            Idle i;
            synchronized (this) {
                if (closed) throw new SQLException("store is closed");
                i = idle.pollFirst();
            }
            if (i == null) return open();
            if (System.nanoTime() - i.since() < VALIDATE_AFTER_NANOS || i.connection().isValid(2)) return i.connection();
            quietClose(i.connection());
        }
    }

    public void release(Connection c, boolean broken) {
        if (c == null) return;
        if (!broken) {
            try {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                if (c.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                synchronized (this) {
                    if (!closed && idle.size() < maxIdle) {
                        idle.addFirst(new Idle(c, System.nanoTime()));
                        return;
                    }
                }
            } catch (SQLException e) {
                // fall through: close it
            }
        }
        quietClose(c);
    }

    @Override
    public void close() {
        Deque<Idle> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        for (Idle i : toClose) quietClose(i.connection());
    }

    private static void quietClose(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing to do about a connection that will not close
        }
    }
}
