package org.ecozoning.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The smallest DataSource over a JDBC URL (credentials in the URL), for handing to Flyway. With
 * {@code retain} set, the connections it hands out are really closed only by {@link #close()}:
 * H2 2.4.240 cannot evaluate a CHECK constraint or generated column whose creating session was
 * closed while the database stayed open, so on H2 the migration's sessions live as long as the store.
 */
final class UrlDataSource implements DataSource, AutoCloseable {
    private final String url;
    private final boolean retain;
    private final List<Connection> retained = new ArrayList<>();

    UrlDataSource(String url, boolean retain) {
        this.url = url;
        this.retain = retain;
    }

    @Override
    public Connection getConnection() throws SQLException { return wrap(DriverManager.getConnection(url)); }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(DriverManager.getConnection(url, username, password));
    }

    private Connection wrap(Connection physical) {
        if (!retain) return physical;
        synchronized (retained) {
            retained.add(physical);
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
            if (m.getName().equals("close") && m.getParameterCount() == 0) {
                if (!physical.getAutoCommit()) physical.rollback();
                return null;
            }
            try {
                return m.invoke(physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** Really closes the retained connections. */
    @Override
    public void close() {
        synchronized (retained) {
            for (Connection c : retained) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
            retained.clear();
        }
    }

    @Override
    public PrintWriter getLogWriter() { return null; }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() { return 0; }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }

    @Override
    public boolean isWrapperFor(Class<?> iface) { return false; }
}
