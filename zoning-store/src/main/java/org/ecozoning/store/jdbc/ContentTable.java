package org.ecozoning.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.store.QaWarning;
import org.ecozoning.store.StoreException;
import org.locationtech.jts.geom.Geometry;

/**
 * The content rows of a version ({@code control_unit}, {@code element_zone}, {@code clause},
 * {@code rules}, {@code qa_warnings}), all keyed by version id. A row's {@code ord} keeps the
 * order in which the content was given, so a version reads back as it was written.
 */
final class ContentTable {
    static final List<String> TABLES = List.of("control_unit", "element_zone", "clause", "rules", "qa_warnings");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> UNIT_COLUMNS = List.of("version_id", "code", "ord", "name", "unit_class", "subtype", "city_code",
            "city_name", "county_code", "county_name", "geom");
    private static final List<String> ZONE_COLUMNS = List.of("version_id", "zone_id", "ord", "zone_type", "name", "geom");
    private static final List<String> CLAUSE_COLUMNS = List.of("version_id", "clause_id", "ord", "list_level", "scope_code", "dimension",
            "body", "rule_ids");

    /** How one item becomes the parameters of an INSERT or upsert of its table's columns. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, long versionId, int ord, T item) throws SQLException;
    }

    /** One kind of ordered content row: table, key column, columns, binding and key of an item. */
    private record Kind<T>(String table, String keyColumn, List<String> columns, Binder<T> binder, Function<T, String> key) {}

    private static final Kind<ControlUnit> UNITS = new Kind<>("control_unit", "code", UNIT_COLUMNS, ContentTable::bindUnit,
            u -> u.code().value());
    private static final Kind<ElementZone> ZONES = new Kind<>("element_zone", "zone_id", ZONE_COLUMNS, ContentTable::bindZone,
            ElementZone::id);
    private static final Kind<Clause> CLAUSES = new Kind<>("clause", "clause_id", CLAUSE_COLUMNS, ContentTable::bindClause, Clause::id);

    private final SqlDialect dialect;

    ContentTable(SqlDialect dialect) { this.dialect = dialect; }

    // ---- copy and clear ----

    /** Copies every content row of {@code from} to {@code to}: one INSERT … SELECT per table. */
    void copy(Connection c, long from, long to) throws SQLException {
        copyTable(c, "control_unit", UNIT_COLUMNS, from, to);
        copyTable(c, "element_zone", ZONE_COLUMNS, from, to);
        copyTable(c, "clause", CLAUSE_COLUMNS, from, to);
        copyTable(c, "rules", List.of("version_id", "document", "updated_at"), from, to);
        copyTable(c, "qa_warnings", List.of("version_id", "seq", "severity", "code", "subject", "message"), from, to);
    }

    private static void copyTable(Connection c, String table, List<String> columns, long from, long to) throws SQLException {
        String rest = String.join(", ", columns.subList(1, columns.size()));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + table + " (version_id, " + rest + ") SELECT ?, " + rest + " FROM " + table + " WHERE version_id = ?")) {
            ps.setLong(1, to);
            ps.setLong(2, from);
            ps.executeUpdate();
        }
    }

    /** Removes units, zones, clauses and QA warnings of a draft before an import (rules stay). */
    void clear(Connection c, long versionId) throws SQLException {
        for (String table : List.of("control_unit", "element_zone", "clause", "qa_warnings")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE version_id = ?")) {
                ps.setLong(1, versionId);
                ps.executeUpdate();
            }
        }
    }

    // ---- units ----

    void insertUnits(Connection c, long versionId, List<ControlUnit> units) throws SQLException {
        insertAll(c, UNITS, versionId, units);
    }

    void putUnit(Connection c, long versionId, ControlUnit u) throws SQLException {
        put(c, UNITS, versionId, u);
    }

    private static void bindUnit(PreparedStatement ps, long versionId, int ord, ControlUnit u) throws SQLException {
        ps.setLong(1, versionId);
        ps.setString(2, u.code().value());
        ps.setInt(3, ord);
        ps.setString(4, u.name());
        ps.setString(5, u.unitClass().name());
        ps.setString(6, u.subtype().name());
        ps.setString(7, u.cityCode());
        ps.setString(8, u.cityName());
        ps.setString(9, u.countyCode());
        ps.setString(10, u.countyName());
        ps.setBytes(11, Geometries.toWkb(u.geometry(), "单元 unit " + u.code()));
    }

    List<ControlUnit> units(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(unitSelect() + " WHERE version_id = ? ORDER BY ord")) {
            ps.setLong(1, versionId);
            return readUnits(ps);
        }
    }

    List<ControlUnit> unitsIntersecting(Connection c, long versionId, Geometry area) throws SQLException {
        byte[] wkb = Geometries.toWkb(area, "查询范围 query area");
        try (PreparedStatement ps = c.prepareStatement(unitSelect() + " WHERE version_id = ? AND geom && ST_GeomFromWKB(?, 4490)"
                + " AND ST_Intersects(geom, ST_GeomFromWKB(?, 4490)) ORDER BY ord")) {
            ps.setLong(1, versionId);
            ps.setBytes(2, wkb);
            ps.setBytes(3, wkb);
            return readUnits(ps);
        }
    }

    private static String unitSelect() {
        return "SELECT code, name, unit_class, subtype, city_code, city_name, county_code, county_name, ST_AsBinary(geom) FROM control_unit";
    }

    private static List<ControlUnit> readUnits(PreparedStatement ps) throws SQLException {
        List<ControlUnit> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ControlUnit(new UnitCode(rs.getString(1)), rs.getString(2), UnitClass.valueOf(rs.getString(3)),
                        UnitSubtype.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        Geometries.fromWkb(rs.getBytes(9))));
            }
        }
        return out;
    }

    // ---- zones ----

    void insertZones(Connection c, long versionId, List<ElementZone> zones) throws SQLException {
        insertAll(c, ZONES, versionId, zones);
    }

    void putZone(Connection c, long versionId, ElementZone z) throws SQLException {
        put(c, ZONES, versionId, z);
    }

    private static void bindZone(PreparedStatement ps, long versionId, int ord, ElementZone z) throws SQLException {
        ps.setLong(1, versionId);
        ps.setString(2, z.id());
        ps.setInt(3, ord);
        ps.setString(4, z.type().name());
        ps.setString(5, z.name());
        ps.setBytes(6, Geometries.toWkb(z.geometry(), "要素分区 zone " + z.id()));
    }

    List<ElementZone> zones(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT zone_id, zone_type, name, ST_AsBinary(geom) FROM element_zone WHERE version_id = ? ORDER BY ord")) {
            ps.setLong(1, versionId);
            List<ElementZone> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ElementZone(rs.getString(1), ZoneType.valueOf(rs.getString(2)), rs.getString(3), Geometries.fromWkb(rs.getBytes(4))));
                }
            }
            return out;
        }
    }

    // ---- clauses ----

    void insertClauses(Connection c, long versionId, List<Clause> clauses) throws SQLException {
        insertAll(c, CLAUSES, versionId, clauses);
    }

    void putClause(Connection c, long versionId, Clause cl) throws SQLException {
        put(c, CLAUSES, versionId, cl);
    }

    private static void bindClause(PreparedStatement ps, long versionId, int ord, Clause cl) throws SQLException {
        ps.setLong(1, versionId);
        ps.setString(2, cl.id());
        ps.setInt(3, ord);
        ps.setString(4, cl.level().name());
        ps.setString(5, cl.scopeCode());
        ps.setString(6, cl.dimension().name());
        ps.setString(7, cl.text());
        try {
            ps.setString(8, JSON.writeValueAsString(cl.ruleIds()));
        } catch (JsonProcessingException e) {
            throw new StoreException("条款规则编号无法序列化 / clause rule ids cannot be serialised: " + cl.id(), e);
        }
    }

    List<Clause> clauses(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT clause_id, list_level, scope_code, dimension, body, rule_ids FROM clause WHERE version_id = ? ORDER BY ord")) {
            ps.setLong(1, versionId);
            List<Clause> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> ruleIds;
                    try {
                        ruleIds = JSON.readValue(rs.getString(6), new TypeReference<List<String>>() {});
                    } catch (JsonProcessingException e) {
                        throw new StoreException("数据库中的条款规则编号无法解析 / stored rule ids cannot be parsed: " + rs.getString(1), e);
                    }
                    out.add(new Clause(rs.getString(1), ListLevel.valueOf(rs.getString(2)), rs.getString(3), Dimension.valueOf(rs.getString(4)),
                            rs.getString(5), ruleIds));
                }
            }
            return out;
        }
    }

    // ---- removal of one item ----

    /** Deletes one unit, zone or clause row of a draft; returns whether it existed. */
    boolean remove(Connection c, String table, String keyColumn, long versionId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE version_id = ? AND " + keyColumn + " = ?")) {
            ps.setLong(1, versionId);
            ps.setString(2, key);
            return ps.executeUpdate() == 1;
        }
    }

    // ---- rules and QA warnings ----

    void putRules(Connection c, long versionId, String document, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.upsert("rules", List.of("version_id"), List.of("version_id", "document", "updated_at"),
                List.of("?", "?", "?")))) {
            ps.setLong(1, versionId);
            ps.setString(2, document);
            ps.setObject(3, now);
            ps.executeUpdate();
        }
    }

    Optional<String> rules(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT document FROM rules WHERE version_id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void insertWarnings(Connection c, long versionId, List<QaWarning> warnings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO qa_warnings (version_id, seq, severity, code, subject, message) VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (QaWarning w : warnings) {
                ps.setLong(1, versionId);
                ps.setInt(2, ++seq);
                ps.setString(3, w.severity());
                ps.setString(4, w.code());
                ps.setString(5, w.subject());
                ps.setString(6, w.message());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<QaWarning> warnings(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT severity, code, subject, message FROM qa_warnings WHERE version_id = ? ORDER BY seq")) {
            ps.setLong(1, versionId);
            List<QaWarning> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new QaWarning(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            return out;
        }
    }

    // ---- helpers ----

    /** Inserts items in one batch, numbering {@code ord} in the given order. */
    private <T> void insertAll(Connection c, Kind<T> kind, long versionId, List<T> items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insert(kind.table(), kind.columns()))) {
            int ord = 0;
            for (T item : items) {
                kind.binder().bind(ps, versionId, ++ord, item);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Inserts or replaces one item, keeping its position when it exists. */
    private <T> void put(Connection c, Kind<T> kind, long versionId, T item) throws SQLException {
        int ord = ordOf(c, kind.table(), kind.keyColumn(), versionId, kind.key().apply(item));
        try (PreparedStatement ps = c.prepareStatement(
                dialect.upsert(kind.table(), List.of("version_id", kind.keyColumn()), kind.columns(), values(kind.columns())))) {
            kind.binder().bind(ps, versionId, ord, item);
            ps.executeUpdate();
        }
    }

    /** The existing position of a row, or one past the last. */
    private static int ordOf(Connection c, String table, String keyColumn, long versionId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ord FROM " + table + " WHERE version_id = ? AND " + keyColumn + " = ?")) {
            ps.setLong(1, versionId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(ord), 0) + 1 FROM " + table + " WHERE version_id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<String> values(List<String> columns) {
        List<String> v = new ArrayList<>();
        for (String col : columns) v.add(col.equals("geom") ? "ST_GeomFromWKB(?, 4490)" : "?");
        return v;
    }

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values(columns)) + ")";
    }
}
