package org.ecozoning.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses UPDATE and DELETE on the append-only tables (audit log, saved
 * assessments) and DELETE of scheme versions: nothing is ever deleted, only superseded. Named in
 * the H2 migration; PostgreSQL has the same guard in PL/pgSQL.
 */
public final class H2AppendOnlyTrigger implements Trigger {
    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String op = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("表 " + table + " 只允许追加，不能修改或删除 / table " + table + " is append-only: " + op + " refused", "P0001");
    }
}
