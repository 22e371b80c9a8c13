package org.ecozoning.tracking.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.ConflictException;
import org.ecozoning.store.NotFoundException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.store.StoreAccess;
import org.ecozoning.store.StoreException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Supervision cases in the scheme store's database (tables {@code supervision_case} and
 * {@code supervision_case_event}, migration V2): opening (idempotent per change), listing, status
 * changes with optimistic locking and checked transitions, notes with photo references. Every
 * opening, status change and note writes its history event and an {@code audit_log} entry in the
 * same transaction. Thread-safe.
 */
public final class CaseStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4490);
    private static final String COLUMNS = "id, change_id, source, detected_on, version_id, status, revision, reason, verdict, rule_ids, unit_codes,"
            + " county_code, summary, area_m2, ST_AsBinary(geom), opened_at, opened_by, updated_at, updated_by";

    private final StoreAccess db;

    public CaseStore(SchemeStore store) { this.db = SchemeStores.access(store); }

    /**
     * Opens cases in one transaction; a change that already has a case (same source and id) is
     * skipped. Returns the ids of the cases opened, in order (null where skipped).
     */
    public List<Long> open(List<NewCase> cases, Attribution by) {
        if (cases.isEmpty()) return List.of();
        return db.write(c -> {
            OffsetDateTime now = db.now();
            List<Long> ids = new ArrayList<>(cases.size());
            try (PreparedStatement exists = c.prepareStatement("SELECT id FROM supervision_case WHERE change_key = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO supervision_case (change_key, change_id, source, detected_on, version_id,"
                         + " status, revision, reason, verdict, rule_ids, unit_codes, county_code, summary, area_m2, geom, opened_at, opened_by,"
                         + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'OPEN', 0, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4490), ?, ?, ?, ?)",
                         Statement.RETURN_GENERATED_KEYS)) {
                for (NewCase n : cases) {
                    exists.setString(1, n.change().key());
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            ids.add(null);
                            continue;
                        }
                    }
                    int i = 1;
                    ins.setString(i++, n.change().key());
                    ins.setString(i++, n.change().id());
                    ins.setString(i++, n.change().source());
                    ins.setDate(i++, Date.valueOf(n.change().detectedOn()));
                    ins.setLong(i++, n.versionId());
                    ins.setString(i++, n.reason().name());
                    ins.setString(i++, n.verdict());
                    ins.setString(i++, json(n.ruleIds()));
                    ins.setString(i++, json(n.unitCodes()));
                    ins.setString(i++, n.countyCode());
                    ins.setString(i++, clip(n.summary()));
                    ins.setDouble(i++, n.areaM2());
                    ins.setBytes(i++, new WKBWriter(2).write(n.change().geometry()));
                    ins.setObject(i++, now);
                    ins.setString(i++, by.who());
                    ins.setObject(i++, now);
                    ins.setString(i, by.who());
                    ins.executeUpdate();
                    long id;
                    try (ResultSet k = ins.getGeneratedKeys()) {
                        k.next();
                        id = k.getLong(1);
                    }
                    event(c, id, now, by.who(), null, CaseStatus.OPEN, n.reason().labelZh() + "：" + clip(n.summary()), List.of());
                    db.audit(c, by, AuditAction.OPEN_CASE, n.versionId(), "立案 " + id + "（图斑 " + n.change().key() + "，" + n.reason().labelZh()
                            + "）/ case " + id + " opened for change " + n.change().key() + " (" + n.reason() + ")");
                    ids.add(id);
                }
            }
            return ids;
        });
    }

    public Optional<SupervisionCase> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM supervision_case WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<SupervisionCase>empty();
                }
            }
        });
    }

    public SupervisionCase get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("案件 " + id + " 不存在 / case " + id + " not found"));
    }

    public List<SupervisionCase> list(CaseQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM supervision_case WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.status() != null) {
            sql.append(" AND status = ?");
            args.add(q.status().name());
        }
        if (q.countyCode() != null) {
            sql.append(" AND county_code = ?");
            args.add(q.countyCode());
        }
        if (q.year() != null) {
            sql.append(" AND detected_on >= ? AND detected_on < ?");
            args.add(Date.valueOf(LocalDate.of(q.year(), 1, 1)));
            args.add(Date.valueOf(LocalDate.of(q.year() + 1, 1, 1)));
        }
        sql.append(" ORDER BY detected_on DESC, id LIMIT ").append(q.limit()).append(" OFFSET ").append(q.offset());
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                List<SupervisionCase> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(row(rs));
                }
                return out;
            }
        });
    }

    /** Number of cases, all or of one status. */
    public long count(CaseStatus status) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM supervision_case" + (status == null ? "" : " WHERE status = ?"))) {
                if (status != null) ps.setString(1, status.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Cases by status, of changes detected in {@code year} (all years when null). */
    public java.util.Map<CaseStatus, Long> countByStatus(Integer year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM supervision_case"
                    + (year == null ? "" : " WHERE detected_on >= ? AND detected_on < ?") + " GROUP BY status")) {
                if (year != null) {
                    ps.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
                    ps.setDate(2, Date.valueOf(LocalDate.of(year + 1, 1, 1)));
                }
                java.util.Map<CaseStatus, Long> out = new java.util.EnumMap<>(CaseStatus.class);
                for (CaseStatus st : CaseStatus.values()) out.put(st, 0L);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
                return out;
            }
        });
    }

    /**
     * Moves a case to {@code to}, based on {@code expectedRevision}; refuses transitions the life
     * cycle does not allow and stale revisions, writing nothing then.
     */
    public SupervisionCase move(long id, long expectedRevision, CaseStatus to, String note, List<String> photos, Attribution by) {
        db.write(c -> {
            SupervisionCase cur = lock(c, id);
            if (cur.revision() != expectedRevision) {
                throw new ConflictException("案件 " + id + " 已被他人修改（期望修订号 " + expectedRevision + "，实际 " + cur.revision() + "），请刷新后重试 / case " + id
                        + " was changed meanwhile (expected revision " + expectedRevision + ", actual " + cur.revision() + "); reload and retry", null);
            }
            if (!cur.status().canMoveTo(to)) {
                throw new StoreException("案件 " + id + " 当前为「" + cur.status().labelZh() + "」，不能改为「" + to.labelZh() + "」（可改为：" + labels(cur.status())
                        + "）/ case " + id + " is " + cur.status() + " and cannot move to " + to + " (allowed: " + cur.status().next() + ")");
            }
            OffsetDateTime now = db.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE supervision_case SET status = ?, revision = revision + 1, updated_at = ?, updated_by = ?"
                    + " WHERE id = ? AND revision = ?")) {
                ps.setString(1, to.name());
                ps.setObject(2, now);
                ps.setString(3, by.who());
                ps.setLong(4, id);
                ps.setLong(5, expectedRevision);
                if (ps.executeUpdate() != 1) throw new ConflictException("案件 " + id + " 并发修改冲突 / case " + id + " concurrent change", null);
            }
            event(c, id, now, by.who(), cur.status(), to, note, photos == null ? List.of() : photos);
            db.audit(c, by, AuditAction.CASE_STATUS, cur.versionId(), "案件 " + id + "：" + cur.status().labelZh() + " → " + to.labelZh() + " / case " + id + ": "
                    + cur.status() + " → " + to + (note == null ? "" : "；" + clip(note)));
            return null;
        });
        return get(id);
    }

    /** Adds a note and/or photo references without changing the status (audited). */
    public void addNote(long id, String note, List<String> photos, Attribution by) {
        db.write(c -> {
            SupervisionCase cur = lock(c, id);
            OffsetDateTime now = db.now();
            event(c, id, now, by.who(), cur.status(), cur.status(), note, photos == null ? List.of() : photos);
            db.audit(c, by, AuditAction.CASE_NOTE, cur.versionId(), "案件 " + id + " 添加记录 / case " + id + " note added"
                    + (photos == null || photos.isEmpty() ? "" : "（照片 " + photos.size() + " 张 / " + photos.size() + " photos）"));
            return null;
        });
    }

    /** The case's history, oldest first. */
    public List<CaseEvent> history(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id, at, actor, from_status, to_status, note, photos FROM supervision_case_event"
                    + " WHERE case_id = ? ORDER BY id")) {
                ps.setLong(1, id);
                List<CaseEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String from = rs.getString(5);
                        out.add(new CaseEvent(rs.getLong(1), rs.getLong(2), instant(rs, 3), rs.getString(4), from == null ? null : CaseStatus.valueOf(from),
                                CaseStatus.valueOf(rs.getString(6)), rs.getString(7), list(rs.getString(8))));
                    }
                }
                return out;
            }
        });
    }

    private SupervisionCase lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM supervision_case WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NotFoundException("案件 " + id + " 不存在 / case " + id + " not found");
                return row(rs);
            }
        }
    }

    private static void event(Connection c, long caseId, OffsetDateTime at, String actor, CaseStatus from, CaseStatus to, String note, List<String> photos)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO supervision_case_event (case_id, at, actor, from_status, to_status, note, photos)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, caseId);
            ps.setObject(2, at);
            ps.setString(3, actor);
            ps.setString(4, from == null ? null : from.name());
            ps.setString(5, to.name());
            ps.setString(6, note == null ? null : clip(note));
            ps.setString(7, json(photos));
            ps.executeUpdate();
        }
    }

    private static SupervisionCase row(ResultSet rs) throws SQLException {
        return new SupervisionCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getLong(5),
                CaseStatus.valueOf(rs.getString(6)), rs.getLong(7), CaseReason.valueOf(rs.getString(8)), rs.getString(9), list(rs.getString(10)),
                list(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getDouble(14), geometry(rs.getBytes(15)), instant(rs, 16), rs.getString(17),
                instant(rs, 18), rs.getString(19));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Geometry geometry(byte[] wkb) {
        try {
            Geometry g = new WKBReader(GF).read(wkb);
            g.setSRID(4490);
            return g;
        } catch (ParseException e) {
            throw new StoreException("案件几何无法解析 / case geometry cannot be parsed", e);
        }
    }

    private static String labels(CaseStatus s) {
        return String.join("、", s.next().stream().map(CaseStatus::labelZh).toList());
    }

    private static String clip(String s) { return s == null ? null : s.length() > 3900 ? s.substring(0, 3897) + "..." : s; }

    private static String json(List<String> l) {
        try {
            return JSON.writeValueAsString(l);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("案件数据损坏 / corrupt case data", e);
        }
    }
}
