package org.ecozoning.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecozoning.store.AssessmentQuery;
import org.ecozoning.store.NewAssessment;
import org.ecozoning.store.SavedAssessment;

/** The append-only {@code saved_assessment} table and its filtered listing. */
final class AssessmentTable {
    private static final String SELECT = "SELECT id, created_at, version_id, actor, county_code, verdict, input_json, report_json,"
            + " ST_AsBinary(geom), reference FROM saved_assessment";

    long insert(Connection c, NewAssessment a, OffsetDateTime now) throws SQLException {
        boolean hasGeom = a.geometry() != null;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO saved_assessment (created_at, version_id, actor, county_code, verdict,"
                + " input_json, report_json, reference, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, " + (hasGeom ? "ST_GeomFromWKB(?, 4490)" : "NULL") + ")",
                new String[] {"id"})) {
            ps.setObject(1, now);
            ps.setLong(2, a.versionId());
            ps.setString(3, a.actor());
            ps.setString(4, a.countyCode());
            ps.setString(5, a.verdict());
            ps.setString(6, a.inputJson());
            ps.setString(7, a.reportJson());
            ps.setString(8, a.reference());
            if (hasGeom) ps.setBytes(9, Geometries.toWkb(a.geometry(), "评估项目 assessment"));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    Optional<SavedAssessment> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            List<SavedAssessment> l = read(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    Optional<SavedAssessment> findByReference(Connection c, String reference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE reference = ?")) {
            ps.setString(1, reference);
            List<SavedAssessment> l = read(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    List<SavedAssessment> list(Connection c, AssessmentQuery q, ZoneId zone) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.year() != null) {
            sql.append(" AND created_at >= ? AND created_at < ?");
            args.add(java.time.LocalDate.of(q.year(), 1, 1).atStartOfDay(zone).toOffsetDateTime());
            args.add(java.time.LocalDate.of(q.year() + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (q.from() != null) {
            sql.append(" AND created_at >= ?");
            args.add(java.time.OffsetDateTime.ofInstant(q.from(), zone));
        }
        if (q.to() != null) {
            sql.append(" AND created_at < ?");
            args.add(java.time.OffsetDateTime.ofInstant(q.to(), zone));
        }
        if (q.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(q.actor());
        }
        if (q.countyCode() != null) {
            sql.append(" AND county_code = ?");
            args.add(q.countyCode());
        }
        if (q.verdict() != null) {
            sql.append(" AND verdict = ?");
            args.add(q.verdict());
        }
        if (q.versionId() != null) {
            sql.append(" AND version_id = ?");
            args.add(q.versionId());
        }
        sql.append(" ORDER BY created_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        args.add(q.offset());
        args.add(q.limit());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            return read(ps);
        }
    }

    private static List<SavedAssessment> read(PreparedStatement ps) throws SQLException {
        List<SavedAssessment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SavedAssessment(rs.getLong(1), VersionTable.instant(rs, "created_at"), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), Geometries.fromWkb(rs.getBytes(9)),
                        rs.getString(10)));
            }
        }
        return out;
    }
}
