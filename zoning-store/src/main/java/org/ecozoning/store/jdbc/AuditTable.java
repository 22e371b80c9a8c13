package org.ecozoning.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.AuditEntry;

/** The append-only {@code audit_log}: written in the transaction of the change it records. */
final class AuditTable {

    void append(Connection c, OffsetDateTime at, Attribution by, AuditAction action, Long versionId, String what) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (at, actor, action, version_id, what, why) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, at);
            ps.setString(2, by.who());
            ps.setString(3, action.name());
            if (versionId == null) ps.setNull(4, Types.BIGINT);
            else ps.setLong(4, versionId);
            ps.setString(5, what.length() > 4000 ? what.substring(0, 3997) + "..." : what);
            ps.setString(6, by.why());
            ps.executeUpdate();
        }
    }

    List<AuditEntry> list(Connection c, Long versionId) throws SQLException {
        String sql = "SELECT id, at, actor, action, version_id, what, why FROM audit_log"
                + (versionId == null ? "" : " WHERE version_id = ?") + " ORDER BY id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (versionId != null) ps.setLong(1, versionId);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long v = rs.getLong(5);
                    Long vid = rs.wasNull() ? null : v;
                    out.add(new AuditEntry(rs.getLong(1), VersionTable.instant(rs, "at"), rs.getString(3), AuditAction.valueOf(rs.getString(4)),
                            vid, rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        }
    }
}
