package org.ecozoning.tracking.monitoring;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.store.StoreAccess;

/**
 * Monitoring data kept in the scheme store's database (migration V6: {@code monitoring_import},
 * {@code monitoring_station}, {@code monitoring_reading}, {@code monitoring_target}), so that
 * reports and statistics read what was imported instead of a file. {@link #save} re-checks an
 * import against what is already stored (a station/day/indicator stored before is a
 * {@code DUPLICATE}, a known station at other coordinates is {@code STATION_MOVED}) and writes the
 * readings with their import (source file, time, who) in one transaction — all of them, the good
 * ones ({@link ImportMode#PARTIAL}) or none ({@link ImportMode#ALL_OR_NOTHING}). Thread-safe.
 */
public final class MonitoringStore {

    /** One stored import: the file, when and by whom, and its counts. */
    public record ImportRecord(long id, String sourceFile, String encoding, OffsetDateTime importedAt, String importedBy, ImportMode mode,
            int rowsRead, int readings, int rejected) { }

    /**
     * The outcome of {@link #save}: the import record (null when nothing was stored) and the
     * result with file and store rejections together, ordered by line.
     */
    public record Saved(ImportRecord record, MonitoringImport result) {
        /** @return whether readings were stored */
        public boolean stored() { return record != null; }
    }

    private final StoreAccess db;

    public MonitoringStore(SchemeStore store) { this.db = SchemeStores.access(store); }

    /**
     * Stores an import made by {@link MonitoringCsvImporter} in {@link ImportMode#PARTIAL} mode
     * (so that its good rows are known), applying {@code mode} over the file's and the store's
     * rejections together.
     *
     * @param source the source file's name as recorded
     */
    public Saved save(MonitoringImport imp, ImportMode mode, String source, Attribution by) {
        if (!imp.rejections().isEmpty() && imp.rejections().get(0).line() == 0) {
            return new Saved(null, imp); // a file-level error: nothing to store
        }
        return db.write(c -> {
            List<Rejection> rejections = new ArrayList<>(imp.rejections());
            Map<String, Station> stored = stations(c);
            List<Reading> accepted = new ArrayList<>();
            try (PreparedStatement exists = c.prepareStatement(
                    "SELECT r.import_id, i.source_file, r.source_line FROM monitoring_reading r JOIN monitoring_import i ON i.id = r.import_id"
                            + " WHERE r.station_id = ? AND r.reading_day = ? AND r.indicator = ?")) {
                for (Reading r : imp.readings()) {
                    Station known = stored.get(r.station().id());
                    if (known != null && (Math.abs(known.lon() - r.station().lon()) > 1e-6 || Math.abs(known.lat() - r.station().lat()) > 1e-6)) {
                        rejections.add(new Rejection(r.line(), "STATION_MOVED", "lon/lat", "站点 " + known.id() + " 的坐标与库中记录不同（" + known.lon() + ", "
                                + known.lat() + "）", "station " + known.id() + " has other coordinates than stored (" + known.lon() + ", " + known.lat() + ")",
                                raw(r)));
                        continue;
                    }
                    if (known != null) {
                        exists.setString(1, r.station().id());
                        exists.setDate(2, Date.valueOf(r.date()));
                        exists.setString(3, r.indicator().name());
                        try (ResultSet rs = exists.executeQuery()) {
                            if (rs.next()) {
                                rejections.add(new Rejection(r.line(), "DUPLICATE", "station_id/date/indicator", "重复的监测记录：站点 " + r.station().id() + "、"
                                        + r.date() + "、" + r.indicator().code() + " 已在库中（导入批次 #" + rs.getLong(1) + "，文件 " + rs.getString(2) + " 第 "
                                        + rs.getInt(3) + " 行）", "duplicate reading: station " + r.station().id() + ", " + r.date() + ", " + r.indicator().code()
                                        + " is already stored (import #" + rs.getLong(1) + ", file " + rs.getString(2) + " line " + rs.getInt(3) + ")", raw(r)));
                                continue;
                            }
                        }
                    }
                    accepted.add(r);
                }
            }
            rejections.sort(Comparator.comparingInt(Rejection::line));
            boolean store = (mode == ImportMode.PARTIAL || rejections.isEmpty()) && !accepted.isEmpty();
            if (!store) {
                return new Saved(null, new MonitoringImport(imp.encoding(), imp.rowsRead(), List.of(), rejections, false));
            }
            OffsetDateTime now = db.now();
            long importId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring_import (source_file, encoding, imported_at, imported_by, mode, rows_read,"
                    + " readings, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, clip(source, 1000));
                ps.setString(2, imp.encoding());
                ps.setObject(3, now);
                ps.setString(4, by.who());
                ps.setString(5, mode.name());
                ps.setInt(6, imp.rowsRead());
                ps.setInt(7, accepted.size());
                ps.setInt(8, rejections.size());
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    importId = k.getLong(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO monitoring_station (id, name, lon, lat, first_import) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement rd = c.prepareStatement("INSERT INTO monitoring_reading (station_id, reading_day, indicator, reading_value, import_id, source_line)"
                         + " VALUES (?, ?, ?, ?, ?, ?)")) {
                Set<String> added = new HashSet<>();
                int batch = 0;
                for (Reading r : accepted) {
                    if (!stored.containsKey(r.station().id()) && added.add(r.station().id())) {
                        st.setString(1, r.station().id());
                        st.setString(2, clip(r.station().name(), 300));
                        st.setDouble(3, r.station().lon());
                        st.setDouble(4, r.station().lat());
                        st.setLong(5, importId);
                        st.executeUpdate();
                    }
                }
                for (Reading r : accepted) {
                    rd.setString(1, r.station().id());
                    rd.setDate(2, Date.valueOf(r.date()));
                    rd.setString(3, r.indicator().name());
                    rd.setDouble(4, r.value());
                    rd.setLong(5, importId);
                    rd.setInt(6, r.line());
                    rd.addBatch();
                    if (++batch % 1000 == 0) rd.executeBatch();
                }
                rd.executeBatch();
            }
            ImportRecord rec = new ImportRecord(importId, source, imp.encoding(), now, by.who(), mode, imp.rowsRead(), accepted.size(), rejections.size());
            return new Saved(rec, new MonitoringImport(imp.encoding(), imp.rowsRead(), accepted, rejections, true));
        });
    }

    private static String raw(Reading r) {
        return r.station().id() + "," + r.station().name() + "," + r.station().lon() + "," + r.station().lat() + "," + r.date() + ","
                + r.indicator().code() + "," + r.value() + "," + r.indicator().unit();
    }

    private static String clip(String s, int n) { return s == null || s.length() <= n ? s : s.substring(0, n); }

    private static Map<String, Station> stations(Connection c) throws SQLException {
        Map<String, Station> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name, lon, lat FROM monitoring_station ORDER BY id")) {
            while (rs.next()) out.put(rs.getString(1), new Station(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
        }
        return out;
    }

    /** @return every stored station, by id */
    public List<Station> stations() { return db.read(c -> List.copyOf(stations(c).values())); }

    /** @return the readings dated in {@code firstYear..lastYear}, by station, day and indicator; {@link Reading#line()} is the source line */
    public List<Reading> readings(int firstYear, int lastYear) {
        return db.read(c -> {
            Map<String, Station> st = stations(c);
            List<Reading> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT station_id, reading_day, indicator, reading_value, source_line FROM monitoring_reading"
                    + " WHERE reading_day >= ? AND reading_day <= ? ORDER BY station_id, reading_day, indicator")) {
                ps.setDate(1, Date.valueOf(LocalDate.of(firstYear, 1, 1)));
                ps.setDate(2, Date.valueOf(LocalDate.of(lastYear, 12, 31)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Reading(st.get(rs.getString(1)), rs.getDate(2).toLocalDate(), Indicator.valueOf(rs.getString(3)), rs.getDouble(4),
                                rs.getInt(5)));
                    }
                }
            }
            return out;
        });
    }

    /** @return how many readings are stored in {@code firstYear..lastYear} */
    public long count(int firstYear, int lastYear) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM monitoring_reading WHERE reading_day >= ? AND reading_day <= ?")) {
                ps.setDate(1, Date.valueOf(LocalDate.of(firstYear, 1, 1)));
                ps.setDate(2, Date.valueOf(LocalDate.of(lastYear, 12, 31)));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** @return the years with stored readings, ascending */
    public List<Integer> years() {
        return db.read(c -> {
            List<Integer> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT DISTINCT EXTRACT(YEAR FROM reading_day) AS y FROM monitoring_reading ORDER BY y")) {
                while (rs.next()) out.add(rs.getInt(1));
            }
            return out;
        });
    }

    /** @return the stored imports, newest first */
    public List<ImportRecord> imports() {
        return db.read(c -> {
            List<ImportRecord> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, source_file, encoding, imported_at, imported_by, mode,"
                    + " rows_read, readings, rejected FROM monitoring_import ORDER BY id DESC")) {
                while (rs.next()) {
                    out.add(new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                            ImportMode.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                }
            }
            return out;
        });
    }

    /** @return a number that changes whenever monitoring data or targets are written (for caches) */
    public long stamp() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT (SELECT COALESCE(MAX(id), 0) FROM monitoring_import) * 1000003 + (SELECT COALESCE(MAX(id), 0) FROM monitoring_target)")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Replaces the stored targets with {@code targets} in one transaction. */
    public void replaceTargets(TargetSet targets) {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM monitoring_target");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring_target (scope_level, scope_code, indicator, target_year, target_limit,"
                    + " basis) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Target t : targets.targets()) {
                    ps.setString(1, t.level().name());
                    ps.setString(2, t.code());
                    ps.setString(3, t.indicator().name());
                    if (t.year() == null) ps.setNull(4, Types.INTEGER);
                    else ps.setInt(4, t.year());
                    ps.setDouble(5, t.limit());
                    ps.setString(6, clip(t.basis(), 1000));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** @return the stored targets in the order stored, or empty when none were stored */
    public Optional<TargetSet> targets() {
        return db.read(c -> {
            List<Target> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT scope_level, scope_code, indicator, target_year, target_limit,"
                    + " basis FROM monitoring_target ORDER BY id")) {
                while (rs.next()) {
                    int y = rs.getInt(4);
                    Integer year = rs.wasNull() ? null : y;
                    out.add(new Target(ScopeLevel.valueOf(rs.getString(1)), rs.getString(2), Indicator.valueOf(rs.getString(3)), year, rs.getDouble(5),
                            rs.getString(6)));
                }
            }
            return out.isEmpty() ? Optional.<TargetSet>empty() : Optional.of(new TargetSet(out));
        });
    }

}
