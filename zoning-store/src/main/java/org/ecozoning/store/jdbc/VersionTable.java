package org.ecozoning.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecozoning.store.ConflictException;
import org.ecozoning.store.IllegalTransitionException;
import org.ecozoning.store.NotFoundException;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionKind;
import org.ecozoning.store.VersionStamp;
import org.ecozoning.store.VersionStatus;

/** Rows of {@code scheme_version}: reading them and the guarded lifecycle updates. */
final class VersionTable {
    private static final String COLUMNS = "id, name, kind, status, notes, parent_id, revision, created_at, created_by, updated_at, "
            + "filed_authority, filed_date, effective_date, published_at, superseded_at, superseded_by";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM scheme_version";

    long insertDraft(Connection c, String name, VersionKind kind, String notes, Long parentId, OffsetDateTime now, String actor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scheme_version (name, kind, status, notes, parent_id, revision, created_at, created_by, updated_at) "
                        + "VALUES (?, ?, 'DRAFT', ?, ?, 0, ?, ?, ?)",
                new String[] {"id"})) {
            ps.setString(1, name);
            ps.setString(2, kind.name());
            ps.setString(3, notes);
            if (parentId == null) ps.setNull(4, Types.BIGINT);
            else ps.setLong(4, parentId);
            ps.setObject(5, now);
            ps.setString(6, actor);
            ps.setObject(7, now);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    Optional<SchemeVersion> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    SchemeVersion get(Connection c, long id) throws SQLException {
        return find(c, id).orElseThrow(() -> NotFoundException.version(id));
    }

    List<SchemeVersion> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id")) {
            List<SchemeVersion> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(map(rs));
            }
            return out;
        }
    }

    Optional<SchemeVersion> published(Connection c, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE status = 'PUBLISHED'" + (forUpdate ? " FOR UPDATE" : ""))) {
            return one(ps);
        }
    }

    Optional<SchemeVersion> inForceOn(Connection c, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE status IN ('PUBLISHED', 'SUPERSEDED') AND effective_date <= ?"
                + " ORDER BY effective_date DESC, published_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setObject(1, date);
            return one(ps);
        }
    }

    VersionStamp stamp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, published_at FROM scheme_version WHERE status = 'PUBLISHED'");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return VersionStamp.NONE;
            return new VersionStamp(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant());
        }
    }

    /**
     * The optimistic lock and status guard of every change: bumps the revision of a version that is
     * in {@code required} status at {@code expectedRevision}, or explains why not (not found,
     * wrong status, stale revision) with an exception. Also takes the row lock, so concurrent
     * writers of one version are serialised and the later one sees a stale revision.
     */
    void bump(Connection c, long id, long expectedRevision, VersionStatus required, OffsetDateTime now, String whatZh, String whatEn)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scheme_version SET revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ? AND status = ?")) {
            ps.setObject(1, now);
            ps.setLong(2, id);
            ps.setLong(3, expectedRevision);
            ps.setString(4, required.name());
            if (ps.executeUpdate() == 1) return;
        }
        SchemeVersion v = get(c, id);
        if (v.status() != required) throw new IllegalTransitionException(id, v.status(), whatZh, whatEn);
        throw new ConflictException(id, expectedRevision, v.revision());
    }

    void markFiled(Connection c, long id, String authority, LocalDate filedDate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scheme_version SET status = 'FILED', filed_authority = ?, filed_date = ? WHERE id = ? AND status = 'DRAFT'")) {
            ps.setString(1, authority);
            ps.setObject(2, filedDate);
            ps.setLong(3, id);
            expectOne(ps, id);
        }
    }

    void markSuperseded(Connection c, long id, long byId, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE scheme_version SET status = 'SUPERSEDED', superseded_at = ?, superseded_by = ?,"
                + " revision = revision + 1, updated_at = ? WHERE id = ? AND status = 'PUBLISHED'")) {
            ps.setObject(1, now);
            ps.setLong(2, byId);
            ps.setObject(3, now);
            ps.setLong(4, id);
            expectOne(ps, id);
        }
    }

    void markPublished(Connection c, long id, LocalDate effectiveDate, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scheme_version SET status = 'PUBLISHED', effective_date = ?, published_at = ? WHERE id = ? AND status = 'FILED'")) {
            ps.setObject(1, effectiveDate);
            ps.setObject(2, now);
            ps.setLong(3, id);
            expectOne(ps, id);
        }
    }

    private static void expectOne(PreparedStatement ps, long id) throws SQLException {
        if (ps.executeUpdate() != 1) {
            throw new ConflictException("版本 " + id + " 的状态已被并发修改 / the status of version " + id + " was changed concurrently", null);
        }
    }

    private static Optional<SchemeVersion> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    private static SchemeVersion map(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long by = rs.getLong("superseded_by");
        Long supersededBy = rs.wasNull() ? null : by;
        return new SchemeVersion(rs.getLong("id"), rs.getString("name"), VersionKind.valueOf(rs.getString("kind")),
                VersionStatus.valueOf(rs.getString("status")), rs.getString("notes"), parentId, rs.getLong("revision"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"), rs.getString("filed_authority"),
                rs.getObject("filed_date", LocalDate.class), rs.getObject("effective_date", LocalDate.class), instant(rs, "published_at"),
                instant(rs, "superseded_at"), supersededBy);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
