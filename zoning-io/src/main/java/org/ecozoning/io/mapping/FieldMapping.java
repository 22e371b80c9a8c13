package org.ecozoning.io.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;

/**
 * How the fields of a source map onto control units, kept as configuration (a JSON file under
 * {@code workspace/mappings/}): for each unit attribute and each access-list dimension the source
 * field names that may carry it (first found wins), extra spellings of class and subtype values,
 * and the subtype to assume per class when neither the data nor the unit name tells.
 *
 * <pre>{
 *   "name": "national", "titleZh": "…", "titleEn": "…",
 *   "fields": {"code": ["HJZHGKDYBM"], "name": ["HJZHGKDYMC"], "class": ["ZHGKDYFL"], "subtype": [],
 *              "provinceName": ["PROV"], "cityName": ["CITY"], "cityCode": [], "countyName": ["AREA"], "countyCode": []},
 *   "dimensions": {"SPATIAL_LAYOUT": ["KJBJYS"], "POLLUTANT_EMISSION": ["PWWPFGK"], …},
 *   "classValues": {"优先保护": "PRIORITY_PROTECTION", …},
 *   "subtypeValues": {"生态红线": "ECOLOGICAL_RED_LINE", …},
 *   "defaultSubtypes": {"PRIORITY_PROTECTION": "ECOLOGICAL_RED_LINE", …}
 * }</pre>
 */
public final class FieldMapping {
    /** The unit attributes a mapping can name fields for. */
    public enum Key {
        CODE("code"), NAME("name"), CLASS("class"), SUBTYPE("subtype"), PROVINCE_NAME("provinceName"),
        PROVINCE_CODE("provinceCode"), CITY_NAME("cityName"), CITY_CODE("cityCode"), COUNTY_NAME("countyName"),
        COUNTY_CODE("countyCode");

        private final String json;

        Key(String json) { this.json = json; }

        public String json() { return json; }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final String titleZh;
    private final String titleEn;
    private final Map<Key, List<String>> fields;
    private final Map<Dimension, List<String>> dimensions;
    private final Map<String, UnitClass> classValues;
    private final Map<String, UnitSubtype> subtypeValues;
    private final Map<UnitClass, UnitSubtype> defaultSubtypes;

    public FieldMapping(String name, String titleZh, String titleEn, Map<Key, List<String>> fields,
                        Map<Dimension, List<String>> dimensions, Map<String, UnitClass> classValues,
                        Map<String, UnitSubtype> subtypeValues, Map<UnitClass, UnitSubtype> defaultSubtypes) {
        this.name = name;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.fields = new EnumMap<>(Key.class);
        for (Key k : Key.values()) this.fields.put(k, List.copyOf(fields.getOrDefault(k, List.of())));
        this.dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) this.dimensions.put(d, List.copyOf(dimensions.getOrDefault(d, List.of())));
        this.classValues = Map.copyOf(classValues);
        this.subtypeValues = Map.copyOf(subtypeValues);
        Map<UnitClass, UnitSubtype> defs = new EnumMap<>(UnitClass.class);
        defs.put(UnitClass.PRIORITY_PROTECTION, UnitSubtype.ECOLOGICAL_RED_LINE);
        defs.put(UnitClass.KEY_CONTROL, UnitSubtype.INDUSTRIAL_PARK);
        defs.put(UnitClass.GENERAL_CONTROL, UnitSubtype.GENERAL);
        defs.putAll(defaultSubtypes);
        for (Map.Entry<UnitClass, UnitSubtype> e : defs.entrySet()) {
            if (e.getValue().unitClass() != e.getKey()) {
                throw new IllegalArgumentException("default subtype " + e.getValue() + " is not of class " + e.getKey());
            }
        }
        this.defaultSubtypes = defs;
    }

    /** Loads a mapping file; errors name the file and the bad entry. */
    public static FieldMapping load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(MAPPER.readTree(in), file.getFileName().toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("字段映射文件不是有效的 JSON / mapping file is not valid JSON: " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a mapping from its JSON tree; {@code source} names it in error messages. */
    public static FieldMapping parse(JsonNode n, String source) {
        if (n == null || !n.isObject()) throw bad(source, "root must be an object");
        String name = n.path("name").asText(null);
        if (name == null || name.isBlank()) throw bad(source, "\"name\" is required");
        Map<Key, List<String>> fields = new EnumMap<>(Key.class);
        JsonNode f = n.path("fields");
        for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            Key key = null;
            for (Key c : Key.values()) if (c.json.equals(k)) key = c;
            if (key == null) throw bad(source, "unknown key in \"fields\": " + k);
            fields.put(key, strings(f.get(k), source, k));
        }
        if (fields.getOrDefault(Key.CODE, List.of()).isEmpty()) throw bad(source, "\"fields.code\" must name at least one field");
        Map<Dimension, List<String>> dims = new EnumMap<>(Dimension.class);
        JsonNode d = n.path("dimensions");
        for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            dims.put(enumValue(Dimension.class, k, source), strings(d.get(k), source, k));
        }
        Map<String, UnitClass> classValues = new LinkedHashMap<>();
        JsonNode cv = n.path("classValues");
        for (Iterator<String> it = cv.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            classValues.put(norm(k), enumValue(UnitClass.class, cv.get(k).asText(), source));
        }
        Map<String, UnitSubtype> subtypeValues = new LinkedHashMap<>();
        JsonNode sv = n.path("subtypeValues");
        for (Iterator<String> it = sv.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            subtypeValues.put(norm(k), enumValue(UnitSubtype.class, sv.get(k).asText(), source));
        }
        Map<UnitClass, UnitSubtype> defaults = new EnumMap<>(UnitClass.class);
        JsonNode ds = n.path("defaultSubtypes");
        for (Iterator<String> it = ds.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            defaults.put(enumValue(UnitClass.class, k, source), enumValue(UnitSubtype.class, ds.get(k).asText(), source));
        }
        try {
            return new FieldMapping(name, n.path("titleZh").asText(name), n.path("titleEn").asText(name), fields, dims,
                    classValues, subtypeValues, defaults);
        } catch (IllegalArgumentException e) {
            throw bad(source, e.getMessage());
        }
    }

    private static List<String> strings(JsonNode n, String source, String key) {
        List<String> out = new ArrayList<>();
        if (n.isTextual()) out.add(n.asText());
        else if (n.isArray()) for (JsonNode s : n) out.add(s.asText());
        else throw bad(source, "\"" + key + "\" must be a field name or a list of field names");
        return out;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String v, String source) {
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw bad(source, "unknown " + type.getSimpleName() + " value: " + v);
        }
    }

    private static IllegalArgumentException bad(String source, String what) {
        return new IllegalArgumentException("字段映射配置错误 / bad field mapping (" + source + "): " + what);
    }

    static String norm(String s) { return s.strip().toUpperCase(Locale.ROOT); }

    public String name() { return name; }

    public String titleZh() { return titleZh; }

    public String titleEn() { return titleEn; }

    /** Candidate source field names for a unit attribute, in order of preference. */
    public List<String> fields(Key key) { return fields.get(key); }

    /** Candidate source field names for the text of one access-list dimension. */
    public List<String> dimensionFields(Dimension d) { return dimensions.get(d); }

    /**
     * The unit class a field value stands for: the class digit (1/2/3), the enum name, the Chinese
     * label with or without "单元", the English label, or a synonym of this mapping; null otherwise.
     */
    public UnitClass parseClass(String value) {
        if (value == null) return null;
        String v = norm(value);
        if (v.matches("[123](\\.0+)?")) return UnitClass.ofDigit(v.charAt(0) - '0');
        if (classValues.containsKey(v)) return classValues.get(v);
        for (UnitClass c : UnitClass.values()) {
            if (c.name().equals(v) || norm(c.labelEn()).equals(v) || c.labelZh().equals(v)
                    || c.labelZh().replace("单元", "").equals(v) || (c.labelZh().replace("单元", "") + "区").equals(v)) return c;
        }
        return null;
    }

    /** The subtype a field value stands for (enum name, Chinese or English label, or a synonym), or null. */
    public UnitSubtype parseSubtype(String value) {
        if (value == null) return null;
        String v = norm(value);
        if (subtypeValues.containsKey(v)) return subtypeValues.get(v);
        for (UnitSubtype s : UnitSubtype.values()) {
            if (s.name().equals(v) || s.labelZh().equals(v) || norm(s.labelEn()).equals(v)) return s;
        }
        return null;
    }

    /** Subtype assumed for a class when neither data nor name tells. */
    public UnitSubtype defaultSubtype(UnitClass c) { return defaultSubtypes.get(c); }

    @Override
    public String toString() { return name; }
}
