package org.ecozoning.tracking.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecozoning.text.CsvLine;

/**
 * Imports monitoring data from CSV (UTF-8 or GBK, detected), checking every row: the columns must
 * be there (English or Chinese headers), coordinates, dates, indicators, values and units must be
 * valid, units are converted to the indicator's canonical unit, stations must lie in the province
 * (via {@link StationLocator}), and a station/date/indicator may occur once. Every bad row is
 * reported with its reason; with {@link ImportMode#ALL_OR_NOTHING} one bad row means nothing is
 * imported.
 *
 * <p>Columns: {@code station_id, station_name, lon, lat, date, indicator, value, unit}
 * (站点编码, 站点名称, 经度, 纬度, 日期, 指标, 监测值, 单位); other columns are ignored.
 */
public final class MonitoringCsvImporter {
    /** The required columns and the header names accepted for each. */
    static final Map<String, List<String>> COLUMNS = columns();

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private final StationLocator locator;
    private final LocalDate today;

    /** @param today readings dated after it are refused (the clock of the caller) */
    public MonitoringCsvImporter(StationLocator locator, LocalDate today) {
        this.locator = locator;
        this.today = today;
    }

    public MonitoringImport importFile(Path file, ImportMode mode) {
        try {
            return importBytes(Files.readAllBytes(file), mode);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 / cannot read file " + file, e);
        }
    }

    public MonitoringImport importBytes(byte[] bytes, ImportMode mode) {
        TextDecoding.Decoded d;
        try {
            d = TextDecoding.decode(bytes);
        } catch (IllegalArgumentException e) {
            return fileError("?", "ENCODING", e.getMessage(), e.getMessage());
        }
        String[] lines = d.text().split("\r\n|\n|\r", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            return fileError(d.encoding(), "EMPTY", "文件为空或缺少表头", "the file is empty or has no header");
        }
        List<String> header = CsvLine.splitStripped(lines[0]);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT).replace("\ufeff", "").strip();
            for (Map.Entry<String, List<String>> c : COLUMNS.entrySet()) if (c.getValue().contains(h)) idx.putIfAbsent(c.getKey(), i);
        }
        List<String> missing = COLUMNS.keySet().stream().filter(k -> !idx.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            return fileError(d.encoding(), "MISSING_COLUMNS", "缺少必需的列：" + missing + "（表头为：" + header + "）",
                    "required columns missing: " + missing + " (header is: " + header + ")");
        }
        List<Reading> ok = new ArrayList<>();
        List<Rejection> bad = new ArrayList<>();
        Map<String, Station> stations = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Boolean> inProvince = new HashMap<>();
        int rows = 0;
        for (int n = 1; n < lines.length; n++) {
            String raw = lines[n];
            if (raw.isBlank()) continue;
            rows++;
            int line = n + 1;
            List<String> f = CsvLine.splitStripped(raw);
            if (f.size() < header.size()) {
                bad.add(new Rejection(line, "COLUMN_COUNT", null, "列数为 " + f.size() + "，表头有 " + header.size() + " 列",
                        f.size() + " fields, the header has " + header.size(), raw));
                continue;
            }
            String id = f.get(idx.get("station_id"));
            String name = f.get(idx.get("station_name"));
            if (id.isEmpty()) {
                bad.add(new Rejection(line, "MISSING_STATION", "station_id", "缺少站点（断面）编码", "station id is empty", raw));
                continue;
            }
            Double lon = number(f.get(idx.get("lon")));
            Double lat = number(f.get(idx.get("lat")));
            if (lon == null || lat == null || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                bad.add(new Rejection(line, "BAD_COORDINATES", "lon/lat", "经纬度无效：" + f.get(idx.get("lon")) + ", " + f.get(idx.get("lat")),
                        "invalid longitude/latitude: " + f.get(idx.get("lon")) + ", " + f.get(idx.get("lat")), raw));
                continue;
            }
            Station known = stations.get(id);
            if (known != null && (Math.abs(known.lon() - lon) > 1e-6 || Math.abs(known.lat() - lat) > 1e-6)) {
                bad.add(new Rejection(line, "STATION_MOVED", "lon/lat", "站点 " + id + " 的坐标与第一次出现时不同（" + known.lon() + ", " + known.lat() + "）",
                        "station " + id + " has other coordinates than where it first appeared (" + known.lon() + ", " + known.lat() + ")", raw));
                continue;
            }
            String placeKey = lon + "," + lat;
            boolean inside = inProvince.computeIfAbsent(placeKey, k -> locator.locate(lon, lat).isPresent());
            if (!inside) {
                bad.add(new Rejection(line, "OUTSIDE_PROVINCE", "lon/lat", "站点 " + id + "（" + lon + ", " + lat + "）不在省域范围内（坐标须为 CGCS2000 经纬度，经度在前）",
                        "station " + id + " (" + lon + ", " + lat + ") lies outside the province (coordinates must be CGCS2000 longitude, latitude)", raw));
                continue;
            }
            Station st = known != null ? known : new Station(id, name.isEmpty() ? id : name, lon, lat);
            String dateText = f.get(idx.get("date"));
            Optional<LocalDate> date = date(dateText);
            if (date.isEmpty()) {
                bad.add(new Rejection(line, "BAD_DATE", "date", "日期无法识别：「" + dateText + "」（应为 2024-03-01 等格式）",
                        "unrecognised date \"" + dateText + "\" (expected e.g. 2024-03-01)", raw));
                continue;
            }
            if (date.get().isAfter(today) || date.get().getYear() < 1980) {
                bad.add(new Rejection(line, "DATE_OUT_OF_RANGE", "date", "日期 " + date.get() + " 不在合理范围内（1980 年至今）",
                        "date " + date.get() + " is out of range (1980 to today)", raw));
                continue;
            }
            String indText = f.get(idx.get("indicator"));
            Optional<Indicator> ind = Indicator.parse(indText);
            if (ind.isEmpty()) {
                bad.add(new Rejection(line, "UNKNOWN_INDICATOR", "indicator", "未知指标「" + indText + "」（支持 PM2.5、PM10、O3、COD、NH3-N、水质类别）",
                        "unknown indicator \"" + indText + "\" (supported: PM2.5, PM10, O3, COD, NH3-N, water class)", raw));
                continue;
            }
            String valueText = f.get(idx.get("value"));
            String unitText = f.get(idx.get("unit"));
            Double value = Units.toCanonical(ind.get(), valueText, unitText);
            if (value == null) {
                bad.add(new Rejection(line, "BAD_VALUE_OR_UNIT", "value/unit", "指标 " + ind.get().code() + " 的值「" + valueText + "」或单位「" + unitText
                        + "」无效（应为 " + ind.get().unit() + "）", "indicator " + ind.get().code() + ": invalid value \"" + valueText + "\" or unit \""
                        + unitText + "\" (expected " + ind.get().unit() + ")", raw));
                continue;
            }
            String key = id + "|" + date.get() + "|" + ind.get();
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                bad.add(new Rejection(line, "DUPLICATE", "station_id/date/indicator", "重复的监测记录：站点 " + id + "、" + date.get() + "、" + ind.get().code()
                        + " 已在第 " + first + " 行出现", "duplicate reading: station " + id + ", " + date.get() + ", " + ind.get().code()
                        + " already on line " + first, raw));
                continue;
            }
            stations.putIfAbsent(id, st);
            ok.add(new Reading(st, date.get(), ind.get(), value, line));
        }
        boolean imported = mode == ImportMode.PARTIAL || bad.isEmpty();
        return new MonitoringImport(d.encoding(), rows, imported ? ok : List.of(), bad, imported);
    }

    private static MonitoringImport fileError(String encoding, String code, String zh, String en) {
        return new MonitoringImport(encoding, 0, List.of(), List.of(new Rejection(0, code, null, zh, en, null)), false);
    }

    private static Double number(String s) {
        try {
            double v = Double.parseDouble(s.strip());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Parses the date forms monitoring and change deliveries use (2024-03-01, 2024/3/1, 20240301, 2024.3.1, 2024年3月1日; a time part is ignored). */
    public static Optional<LocalDate> date(String s) {
        String t = s.strip();
        if (t.length() > 10 && t.charAt(10) == ' ' || t.length() > 10 && t.charAt(10) == 'T') t = t.substring(0, 10);
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("station_id", List.of("station_id", "station", "section_id", "id", "站点编码", "站点编号", "断面编码", "断面编号", "点位编码"));
        m.put("station_name", List.of("station_name", "name", "section_name", "站点名称", "断面名称", "点位名称"));
        m.put("lon", List.of("lon", "lng", "longitude", "x", "经度"));
        m.put("lat", List.of("lat", "latitude", "y", "纬度"));
        m.put("date", List.of("date", "day", "监测日期", "日期"));
        m.put("indicator", List.of("indicator", "parameter", "指标", "监测指标", "项目"));
        m.put("value", List.of("value", "监测值", "浓度", "数值", "值"));
        m.put("unit", List.of("unit", "units", "单位"));
        return m;
    }
}
