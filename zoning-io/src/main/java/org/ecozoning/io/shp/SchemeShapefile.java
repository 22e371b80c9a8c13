package org.ecozoning.io.shp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.crs.SupportedCrs;
import org.ecozoning.io.csv.AccessListCsv;
import org.ecozoning.io.mapping.ClauseSplitter;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.source.SafeZip;
import org.ecozoning.io.source.SourceDataset;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.SchemeContent;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;

/**
 * A scheme version as a zipped Shapefile set, and the reading of uploaded Shapefiles (a .zip, a
 * folder or a .shp).
 *
 * <p>Export layout: {@code control_units.shp/.shx/.dbf/.prj/.cpg} with the national field names
 * (see {@link #UNIT_COLUMNS}; dBASE names are at most 10 characters), {@code element_zones*.shp}
 * (ID, TYPE, NAME; one file per geometry kind: polygons, {@code _line}, {@code _point}),
 * {@code access_list.csv} (the full access list, see {@link AccessListCsv}, because dBASE text is
 * cut at 254 bytes) and {@code README.txt} describing the fields. The .prj is EPSG:4490, the .cpg
 * says UTF-8.
 */
public final class SchemeShapefile {
    /** dBASE column → meaning, as written to control_units.dbf and README.txt. */
    public static final Map<String, String> UNIT_COLUMNS = new LinkedHashMap<>();

    static {
        UNIT_COLUMNS.put("HJZHGKDYBM", "环境管控单元编码 unit code");
        UNIT_COLUMNS.put("HJZHGKDYMC", "环境管控单元名称 unit name");
        UNIT_COLUMNS.put("ZHGKDYFL", "管控单元分类 1 优先保护 2 重点管控 3 一般管控 unit class digit");
        UNIT_COLUMNS.put("SUBTYPE", "单元子类（UnitSubtype 名称）unit subtype");
        UNIT_COLUMNS.put("PROV", "省 province name");
        UNIT_COLUMNS.put("CITY", "市 city name");
        UNIT_COLUMNS.put("CITYCODE", "市行政区划代码 city code");
        UNIT_COLUMNS.put("AREA", "区县 county name");
        UNIT_COLUMNS.put("AREACODE", "区县行政区划代码 county code");
        for (Dimension d : Dimension.values()) {
            UNIT_COLUMNS.put(d.nationalField(), d.labelZh() + " " + d.labelEn() + "（超过 254 字节截断，全文见 access_list.csv / cut at 254 bytes, full text in access_list.csv）");
        }
    }

    public static final String UNITS = "control_units", ZONES = "element_zones", ACCESS_LIST = "access_list.csv";

    private SchemeShapefile() { }

    /** Writes the zipped Shapefile set to {@code zip}. */
    public static void write(SchemeContent content, String provinceName, Map<String, String> scopeNames, Path zip) throws IOException {
        Path dir = Files.createTempDirectory("ecozoning-shp-");
        try {
            writeUnits(content, provinceName, dir);
            writeZones(content.zones(), dir);
            AccessListCsv.write(content.clauses(), scopeNames, dir.resolve(ACCESS_LIST));
            Files.writeString(dir.resolve("README.txt"), readme(), StandardCharsets.UTF_8);
            try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(os, StandardCharsets.UTF_8);
                 Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    out.putNextEntry(new ZipEntry(p.getFileName().toString()));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static String readme() {
        StringBuilder sb = new StringBuilder("control_units.dbf 字段 / fields (UTF-8, EPSG:4490):\r\n");
        for (Map.Entry<String, String> e : UNIT_COLUMNS.entrySet()) sb.append(e.getKey()).append('\t').append(e.getValue()).append("\r\n");
        sb.append("\r\nelement_zones*.dbf: ID 编号, TYPE 类型 (ZoneType), NAME 名称\r\n");
        sb.append("access_list.csv: 完整准入清单 / full access list (UTF-8 with BOM)\r\n");
        return sb.toString();
    }

    private static void writeUnits(SchemeContent content, String provinceName, Path dir) throws IOException {
        List<DbfWriter.Column> cols = new ArrayList<>();
        for (String c : UNIT_COLUMNS.keySet()) cols.add(new DbfWriter.Column(c, 'C'));
        Map<String, Map<Dimension, List<String>>> texts = org.ecozoning.io.NativeFields.unitTexts(content.clauses());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Geometry> geoms = new ArrayList<>();
        for (ControlUnit u : content.units()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("HJZHGKDYBM", u.code().value());
            r.put("HJZHGKDYMC", u.name());
            r.put("ZHGKDYFL", String.valueOf(u.unitClass().digit()));
            r.put("SUBTYPE", u.subtype().name());
            r.put("PROV", provinceName);
            r.put("CITY", u.cityName());
            r.put("CITYCODE", u.cityCode());
            r.put("AREA", u.countyName());
            r.put("AREACODE", u.countyCode());
            Map<Dimension, List<String>> t = texts.getOrDefault(u.code().value(), Map.of());
            for (Dimension d : Dimension.values()) {
                List<String> items = t.get(d);
                r.put(d.nationalField(), items == null || items.isEmpty() ? null : ClauseSplitter.join(items));
            }
            rows.add(r);
            geoms.add(u.geometry());
        }
        writeLayer(dir, UNITS, cols, rows, geoms);
    }

    private static void writeZones(List<ElementZone> zones, Path dir) throws IOException {
        Map<String, List<ElementZone>> byKind = new LinkedHashMap<>();
        for (ElementZone z : zones) {
            String suffix = z.geometry() instanceof Polygonal ? "" : z.geometry() instanceof Lineal ? "_line" : "_point";
            byKind.computeIfAbsent(suffix, k -> new ArrayList<>()).add(z);
        }
        byKind.putIfAbsent("", List.of());
        List<DbfWriter.Column> cols = List.of(new DbfWriter.Column("ID", 'C'), new DbfWriter.Column("TYPE", 'C'), new DbfWriter.Column("NAME", 'C'));
        for (Map.Entry<String, List<ElementZone>> e : byKind.entrySet()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Geometry> geoms = new ArrayList<>();
            for (ElementZone z : e.getValue()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("ID", z.id());
                r.put("TYPE", z.type().name());
                r.put("NAME", z.name());
                rows.add(r);
                geoms.add(z.geometry());
            }
            writeLayer(dir, ZONES + e.getKey(), cols, rows, geoms);
        }
    }

    /** Writes one layer (.shp, .shx, .dbf, .cpg, .prj) into {@code dir}. */
    public static void writeLayer(Path dir, String stem, List<DbfWriter.Column> cols, List<Map<String, Object>> rows, List<Geometry> geoms) throws IOException {
        ShpWriter.write(dir, stem, geoms);
        DbfWriter.write(dir, stem, cols, rows);
        Files.writeString(dir.resolve(stem + ".prj"), SupportedCrs.CGCS2000_PRJ, StandardCharsets.US_ASCII);
    }

    /**
     * Reads an uploaded Shapefile: a .zip (extracted safely to a temporary folder), a folder, or a
     * .shp. The unit layer is {@code control_units.shp} when present, else the only polygon
     * shapefile; element_zones*.shp and access_list.csv beside it are read too.
     */
    public static SourceDataset read(Path input, ProgressListener progress, SafeZip zip) throws IOException {
        Path tmp = null;
        try {
            Path dir;
            Path shp = null;
            String name = input.getFileName().toString();
            if (Files.isDirectory(input)) {
                dir = input;
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                tmp = Files.createTempDirectory("ecozoning-upload-");
                dir = zip.extract(input, tmp);
            } else {
                shp = input;
                dir = input.toAbsolutePath().getParent();
            }
            List<Path> all;
            try (Stream<Path> s = Files.walk(dir, 4)) {
                all = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")).sorted().toList();
            }
            List<Path> zoneFiles = all.stream().filter(p -> ShapefileReader.stem(p.getFileName().toString()).startsWith(ZONES)).toList();
            if (shp == null) shp = chooseUnits(all, zoneFiles, name);
            ShapefileReader reader = new ShapefileReader();
            SourceLayer units = reader.read(shp, progress);
            SourceLayer zones = null;
            for (Path z : zoneFiles) {
                if (z.equals(shp)) continue;
                SourceLayer l = reader.read(z, null);
                zones = zones == null ? l : merge(zones, l);
            }
            List<Clause> clauses = null;
            Path csv = shp.toAbsolutePath().getParent().resolve(ACCESS_LIST);
            if (Files.isRegularFile(csv)) clauses = AccessListCsv.read(csv);
            return new SourceDataset("Shapefile", units, zones, clauses);
        } finally {
            if (tmp != null) deleteTree(tmp);
        }
    }

    private static SourceLayer merge(SourceLayer a, SourceLayer b) {
        List<String> names = new ArrayList<>(a.fieldNames());
        for (String n : b.fieldNames()) if (!names.contains(n)) names.add(n);
        List<SourceFeature> fs = new ArrayList<>(a.features());
        int offset = a.features().size();
        for (SourceFeature f : b.features()) fs.add(new SourceFeature(offset + f.index(), f.id(), f.attributes(), f.geometry()));
        SourceLayer m = new SourceLayer(a.file(), a.name(), names, fs).encoding(a.encoding());
        if (a.crsDeclared()) m.declareCrs(a.declaredEpsg(), a.crsText());
        m.issues().addAll(a.issues());
        m.issues().addAll(b.issues());
        return m;
    }

    private static Path chooseUnits(List<Path> all, List<Path> zoneFiles, String input) throws IOException {
        for (Path p : all) if (ShapefileReader.stem(p.getFileName().toString()).equalsIgnoreCase(UNITS)) return p;
        List<Path> candidates = new ArrayList<>();
        for (Path p : all) if (!zoneFiles.contains(p)) candidates.add(p);
        if (candidates.isEmpty()) {
            throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, "没有找到 .shp 文件", "no .shp file found").withFile(input));
        }
        if (candidates.size() == 1) return candidates.get(0);
        List<Path> polygons = new ArrayList<>();
        for (Path p : candidates) {
            try (var ch = java.nio.channels.FileChannel.open(p)) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(100);
                ch.read(b, 0);
                b.flip();
                if (b.limit() >= 36) {
                    ShapeType t = ShapeType.of(b.order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(32));
                    if (t != null && t.base() == 5) polygons.add(p);
                }
            }
        }
        if (polygons.size() == 1) return polygons.get(0);
        List<String> names = candidates.stream().map(p -> p.getFileName().toString()).toList();
        throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE,
                "有多个 Shapefile，无法确定哪个是管控单元图层：" + names + "；请将单元图层命名为 control_units.shp 或单独上传",
                "several shapefiles and none is clearly the unit layer: " + names + "; name it control_units.shp or upload it alone")
                .withFile(input));
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
