package org.ecozoning.io.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.geojson.GeoJsonException;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.geojson.GeoJsonWriter;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.NativeFields;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.crs.SupportedCrs;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.source.SourceDataset;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.SchemeContent;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A scheme version as one GeoJSON FeatureCollection. Writing: unit features (native properties,
 * {@code "layer":"control_unit"}), element-zone features ({@code "layer":"element_zone"}), and the
 * whole access list as the foreign member {@code "accessList"} (RFC 7946 §6.1), coordinates with 7
 * decimals. Reading: any FeatureCollection; features marked as element zones form the zone layer,
 * all others the unit layer; a legacy {@code "crs"} member naming an EPSG code is honoured, without
 * one the coordinates are taken as CRS84 (RFC 7946).
 */
public final class SchemeGeoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern EPSG = Pattern.compile("EPSG(?::[\\d.]*)?::?(\\d+)", Pattern.CASE_INSENSITIVE);

    private SchemeGeoJson() { }

    public static void write(SchemeContent content, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(content, out);
        }
    }

    public static void write(SchemeContent content, OutputStream out) throws IOException {
        GeoJsonWriter geo = new GeoJsonWriter(7);
        Map<String, Map<Dimension, List<String>>> texts = NativeFields.unitTexts(content.clauses());
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setCodec(MAPPER);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (ControlUnit u : content.units()) {
                Map<String, Object> props = new java.util.LinkedHashMap<>();
                props.put(NativeFields.LAYER, NativeFields.LAYER_UNIT);
                props.putAll(NativeFields.unit(u, texts));
                feature(g, geo, u.code().value(), props, u.geometry());
            }
            for (ElementZone z : content.zones()) {
                Map<String, Object> props = new java.util.LinkedHashMap<>();
                props.put(NativeFields.LAYER, NativeFields.LAYER_ZONE);
                props.putAll(NativeFields.zone(z));
                feature(g, geo, z.id(), props, z.geometry());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("accessList");
            for (Clause c : content.clauses()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("level", c.level().name());
                g.writeStringField("scopeCode", c.scopeCode());
                g.writeStringField("dimension", c.dimension().name());
                g.writeStringField("text", c.text());
                g.writeArrayFieldStart("ruleIds");
                for (String r : c.ruleIds()) g.writeString(r);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void feature(JsonGenerator g, GeoJsonWriter geo, String id, Map<String, Object> props,
                                org.locationtech.jts.geom.Geometry geometry) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id);
        g.writeObjectFieldStart("properties");
        for (Map.Entry<String, Object> e : props.entrySet()) {
            if (e.getValue() == null) g.writeNullField(e.getKey());
            else g.writeStringField(e.getKey(), e.getValue().toString());
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        geo.write(geometry, g);
        g.writeEndObject();
    }

    /** Reads a GeoJSON file into unit and zone layers (and the access list, when present). */
    public static SourceDataset read(Path file, ProgressListener progress) throws IOException {
        String name = file.getFileName().toString();
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
        List<SourceFeature> units = new ArrayList<>();
        List<SourceFeature> zones = new ArrayList<>();
        Set<String> unitFields = new LinkedHashSet<>();
        Set<String> zoneFields = new LinkedHashSet<>();
        List<Clause> accessList = null;
        Integer epsg = null;
        boolean crsMember = false;
        String type = null;
        int index = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ImportException.malformed(name, "GeoJSON 必须是一个 JSON 对象", "GeoJSON must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                JsonToken t = p.nextToken();
                if ("features".equals(member) && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode node = MAPPER.readTree(p);
                        GeoJsonFeature f;
                        try {
                            f = reader.feature(node, index);
                        } catch (GeoJsonException e) {
                            throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, "要素无法解析：" + e.getMessage(),
                                    "feature cannot be read: " + e.getMessage()).withFile(name).withFeature(index, null), e);
                        }
                        boolean zone = NativeFields.LAYER_ZONE.equals(f.string(NativeFields.LAYER));
                        List<SourceFeature> target = zone ? zones : units;
                        (zone ? zoneFields : unitFields).addAll(f.properties().keySet());
                        target.add(new SourceFeature(index, f.id() == null ? null : f.id().toString(), f.properties(), f.geometry()));
                        index++;
                        if (progress != null && index % 500 == 0) progress.progress("read", index, -1);
                    }
                } else if ("accessList".equals(member) && t == JsonToken.START_ARRAY) {
                    accessList = clauses(MAPPER.readTree(p), name);
                } else if ("crs".equals(member)) {
                    crsMember = true;
                    JsonNode crs = MAPPER.readTree(p);
                    Matcher m = EPSG.matcher(crs.path("properties").path("name").asText(""));
                    if (crs.path("properties").path("name").asText("").contains("CRS84")) epsg = 4326;
                    else if (m.find()) epsg = Integer.valueOf(m.group(1));
                } else if ("type".equals(member)) {
                    type = p.getValueAsString();
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE,
                    "JSON 格式错误（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列），文件损坏或不完整：" + e.getOriginalMessage(),
                    "malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                            + " (corrupt or incomplete file): " + e.getOriginalMessage()).withFile(name).withFeature(index, null), e);
        }
        if (!"FeatureCollection".equals(type)) {
            throw ImportException.malformed(name, "GeoJSON 必须是 FeatureCollection（实际 type 为 " + type + "）",
                    "GeoJSON must be a FeatureCollection (type is " + type + ")");
        }
        if (progress != null) progress.progress("read", index, index);
        SourceLayer unitLayer = new SourceLayer(name, "control_units", new ArrayList<>(unitFields), units);
        SourceLayer zoneLayer = zones.isEmpty() ? null : new SourceLayer(name, "element_zones", new ArrayList<>(zoneFields), zones);
        Integer declared = crsMember ? (SupportedCrs.ofEpsg(epsg) == null ? null : epsg) : Integer.valueOf(4326);
        unitLayer.declareCrs(declared);
        if (crsMember && declared == null) {
            unitLayer.issues().add(QaIssue.warning(IssueCode.UNKNOWN_CRS, "GeoJSON 的 crs 成员无法识别或不受支持（EPSG:" + epsg + "）",
                    "the GeoJSON crs member is not recognised or not supported (EPSG:" + epsg + ")").withFile(name));
        }
        if (zoneLayer != null) zoneLayer.declareCrs(declared);
        return new SourceDataset("GeoJSON", unitLayer, zoneLayer, accessList);
    }

    static List<Clause> clauses(JsonNode arr, String file) {
        List<Clause> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : arr) {
            try {
                List<String> rules = new ArrayList<>();
                for (JsonNode r : n.path("ruleIds")) rules.add(r.asText());
                out.add(new Clause(n.path("id").asText(), ListLevel.valueOf(n.path("level").asText()), n.path("scopeCode").asText(),
                        Dimension.valueOf(n.path("dimension").asText()), n.path("text").asText(), rules));
            } catch (IllegalArgumentException e) {
                throw new ImportException(QaIssue.error(IssueCode.INVALID_VALUE, "accessList 第 " + (i + 1) + " 条条款无效：" + e.getMessage(),
                        "accessList entry " + (i + 1) + " is invalid: " + e.getMessage()).withFile(file).withFeature(i, n.path("id").asText(null)), e);
            }
            i++;
        }
        return out;
    }
}
