package org.ecozoning.scheme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecozoning.geojson.GeoJsonException;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a scheme from a folder of files (the layout the sample generator writes; coordinates
 * longitude/latitude in EPSG:4490):
 * <ul>
 *   <li>{@code units.geojson} (required): properties {@code code, name, class, subtype, cityCode,
 *       cityName, countyCode, countyName};</li>
 *   <li>{@code zones.geojson}: properties {@code id, type, name};</li>
 *   <li>{@code access-lists.json}: {@code {"clauses":[{"id","level","scope","dimension","text","ruleIds"}]}};</li>
 *   <li>{@code counties.geojson}: properties {@code adcode, name, city, cityCode};</li>
 *   <li>{@code scheme.json} (optional): {@code {"version": "…", "provinceCode": "140000"}}.</li>
 * </ul>
 * Rules come from {@code rules.json} in the folder, else {@code ../rules/shanxi-rules.json} (the
 * workspace layout), unless given. Every error names the file and the feature.
 */
public final class SchemeFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemeFiles() { }

    /** Loads the scheme in {@code dir}, finding the rule file as described above. */
    public static Scheme load(Path dir) {
        return load(dir, IndustryCatalog.gbt4754());
    }

    /** Loads the scheme in {@code dir} with rules validated against {@code catalog}. */
    public static Scheme load(Path dir, IndustryCatalog catalog) {
        Path rulesFile = findRules(dir);
        return load(dir, new RuleSetLoader(catalog).load(rulesFile));
    }

    /** Loads the scheme in {@code dir} with the given rules. */
    public static Scheme load(Path dir, RuleSet rules) {
        if (!Files.isDirectory(dir)) throw new SchemeException(dir.toString(), "不是目录", "not a directory");
        String version = dir.getFileName() == null ? "scheme" : dir.getFileName().toString();
        String province = Scheme.SHANXI;
        Path manifest = dir.resolve("scheme.json");
        if (Files.exists(manifest)) {
            JsonNode m = json(manifest);
            if (m.hasNonNull("version")) version = m.get("version").asText();
            if (m.hasNonNull("provinceCode")) province = m.get("provinceCode").asText();
        }
        Path unitsFile = dir.resolve("units.geojson");
        if (!Files.exists(unitsFile)) throw new SchemeException(unitsFile.toString(), "文件不存在", "file not found");
        Scheme.Builder b = Scheme.builder(version, rules).provinceCode(province);
        b.units(readUnits(unitsFile));
        Path zonesFile = dir.resolve("zones.geojson");
        if (Files.exists(zonesFile)) b.zones(readZones(zonesFile));
        Path lists = dir.resolve("access-lists.json");
        if (Files.exists(lists)) b.clauses(readClauses(lists));
        Path counties = dir.resolve("counties.geojson");
        if (Files.exists(counties)) b.counties(readCounties(counties));
        return b.build();
    }

    /** The rule file for a scheme folder: {@code rules.json} beside it, else {@code ../rules/shanxi-rules.json}. */
    public static Path findRules(Path dir) {
        List<Path> tried = List.of(dir.resolve("rules.json"), dir.resolve("shanxi-rules.json"),
                dir.toAbsolutePath().getParent() == null ? dir.resolve("rules.json")
                        : dir.toAbsolutePath().getParent().resolve("rules").resolve("shanxi-rules.json"));
        for (Path p : tried) if (Files.exists(p)) return p;
        throw new SchemeException(dir.toString(), "找不到规则文件（已查找：" + tried + "）", "no rule file found (looked for: " + tried + ")");
    }

    /** Reads {@code units.geojson}. */
    public static List<ControlUnit> readUnits(Path file) {
        List<ControlUnit> out = new ArrayList<>();
        List<GeoJsonFeature> fs = features(file);
        for (int i = 0; i < fs.size(); i++) {
            GeoJsonFeature f = fs.get(i);
            String where = file.getFileName() + " features[" + i + "]";
            String code = prop(f, "code", where);
            where = where + " " + code;
            try {
                UnitCode uc = new UnitCode(code);
                out.add(new ControlUnit(uc, prop(f, "name", where),
                        enumProp(UnitClass.class, prop(f, "class", where), where + " class"),
                        enumProp(UnitSubtype.class, prop(f, "subtype", where), where + " subtype"),
                        f.string("cityCode"), f.string("cityName"), f.string("countyCode"), f.string("countyName"),
                        geometry(f, where)));
            } catch (SchemeException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new SchemeException(where, e.getMessage(), e.getMessage(), e);
            }
        }
        return out;
    }

    /** Reads {@code zones.geojson}. */
    public static List<ElementZone> readZones(Path file) {
        List<ElementZone> out = new ArrayList<>();
        List<GeoJsonFeature> fs = features(file);
        for (int i = 0; i < fs.size(); i++) {
            GeoJsonFeature f = fs.get(i);
            String where = file.getFileName() + " features[" + i + "]";
            String id = prop(f, "id", where);
            where = where + " " + id;
            out.add(new ElementZone(id, enumProp(ZoneType.class, prop(f, "type", where), where + " type"), prop(f, "name", where),
                    geometry(f, where)));
        }
        return out;
    }

    /** Reads {@code counties.geojson}. */
    public static List<County> readCounties(Path file) {
        List<County> out = new ArrayList<>();
        List<GeoJsonFeature> fs = features(file);
        for (int i = 0; i < fs.size(); i++) {
            GeoJsonFeature f = fs.get(i);
            String where = file.getFileName() + " features[" + i + "]";
            out.add(new County(prop(f, "adcode", where), prop(f, "name", where), f.string("city"), f.string("cityCode"),
                    geometry(f, where)));
        }
        return out;
    }

    /** Reads {@code access-lists.json}. */
    public static List<Clause> readClauses(Path file) {
        JsonNode root = json(file);
        JsonNode cs = root.get("clauses");
        String name = file.getFileName().toString();
        if (cs == null || !cs.isArray()) throw new SchemeException(name, "缺少 clauses 数组", "missing \"clauses\" array");
        List<Clause> out = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            JsonNode c = cs.get(i);
            String where = name + " clauses[" + i + "]";
            String id = text(c, "id", where);
            where = where + " " + id;
            List<String> ruleIds = new ArrayList<>();
            JsonNode rs = c.get("ruleIds");
            if (rs != null && !rs.isNull()) {
                if (!rs.isArray()) throw new SchemeException(where, "ruleIds 必须是数组", "ruleIds must be an array");
                rs.forEach(r -> ruleIds.add(r.asText()));
            }
            out.add(new Clause(id, enumProp(ListLevel.class, text(c, "level", where), where + " level"), text(c, "scope", where),
                    enumProp(Dimension.class, text(c, "dimension", where), where + " dimension"), text(c, "text", where), ruleIds));
        }
        return out;
    }

    private static List<GeoJsonFeature> features(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new GeoJsonReader().readFeatures(in);
        } catch (GeoJsonException e) {
            throw new SchemeException(file.toString(), e.getMessage(), e.getMessage(), e);
        } catch (IOException e) {
            throw new SchemeException(file.toString(), "无法读取：" + e.getMessage(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode json(Path file) {
        try {
            JsonNode n = MAPPER.readTree(file.toFile());
            if (n == null || !n.isObject()) throw new SchemeException(file.toString(), "必须是 JSON 对象", "must be a JSON object");
            return n;
        } catch (IOException e) {
            throw new SchemeException(file.toString(), "JSON 无法解析：" + e.getMessage(), "cannot parse JSON: " + e.getMessage(), e);
        }
    }

    private static String prop(GeoJsonFeature f, String key, String where) {
        String v = f.string(key);
        if (v == null || v.isBlank()) throw new SchemeException(where, "缺少属性「" + key + "」", "missing property \"" + key + "\"");
        return v.trim();
    }

    private static String text(JsonNode o, String key, String where) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull() || n.asText().isBlank()) {
            throw new SchemeException(where, "缺少字段「" + key + "」", "missing field \"" + key + "\"");
        }
        return n.asText().trim();
    }

    private static Geometry geometry(GeoJsonFeature f, String where) {
        if (f.geometry() == null || f.geometry().isEmpty()) throw new SchemeException(where, "缺少几何", "missing geometry");
        return f.geometry();
    }

    private static <E extends Enum<E>> E enumProp(Class<E> type, String value, String where) {
        for (E e : type.getEnumConstants()) if (e.name().equals(value)) return e;
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw new SchemeException(where, "未知取值「" + value + "」，可用：" + names, "unknown value \"" + value + "\"; allowed: " + names);
    }
}
