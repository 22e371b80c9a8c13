package org.ecozoning.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on one connection, run by {@link JdbcSchemeStore} inside a transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
