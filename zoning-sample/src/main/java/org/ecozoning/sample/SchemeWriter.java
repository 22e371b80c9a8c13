package org.ecozoning.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.geojson.GeoJsonWriter;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes the sample scheme in the exact file formats the server's loader reads (GeoJSON feature
 * collections with fixed property names, and {@code access-lists.json}), one feature or clause per
 * line so the committed files diff well. Output is byte-for-byte a function of the scheme.
 */
public final class SchemeWriter {
    /** Decimals kept in coordinates: 10⁻⁶° ≈ 0.1 m, the grid every vertex was snapped to. */
    public static final int DECIMALS = 6;

    /** The generated files, in the order they are written. */
    public static final List<String> FILES = List.of(
            "counties.geojson", "units.geojson", "zones.geojson", "rivers.geojson", "access-lists.json", "QA-REPORT.md", "README.md");

    private final JsonFactory json = new JsonFactory();
    private final GeoJsonWriter geo = new GeoJsonWriter(DECIMALS);

    /** Renders every file to text, keyed by file name. */
    public Map<String, String> render(SampleScheme s) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> fs = new ArrayList<>();
        for (County c : s.counties()) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("adcode", c.adcode());
            p.put("name", c.name());
            p.put("city", c.cityName());
            p.put("cityCode", c.cityCode());
            fs.add(feature(p, c.geometry()));
        }
        out.put("counties.geojson", collection(fs));
        fs = new ArrayList<>();
        for (GeneratedUnit g : s.units()) {
            ControlUnit u = g.unit();
            Map<String, String> p = new LinkedHashMap<>();
            p.put("code", u.code().value());
            p.put("name", u.name());
            p.put("class", u.unitClass().name());
            p.put("subtype", u.subtype().name());
            p.put("cityCode", u.cityCode());
            p.put("cityName", u.cityName());
            p.put("countyCode", u.countyCode());
            p.put("countyName", u.countyName());
            fs.add(feature(p, u.geometry()));
        }
        out.put("units.geojson", collection(fs));
        fs = new ArrayList<>();
        for (ElementZone z : s.zones()) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("id", z.id());
            p.put("type", z.type().name());
            p.put("name", z.name());
            fs.add(feature(p, z.geometry()));
        }
        out.put("zones.geojson", collection(fs));
        fs = new ArrayList<>();
        for (Map.Entry<String, Geometry> r : s.rivers().entrySet()) fs.add(feature(Map.of("name", r.getKey()), r.getValue()));
        out.put("rivers.geojson", collection(fs));
        out.put("access-lists.json", clauses(s.clauses()));
        SchemeStats stats = SchemeStats.of(s);
        out.put("QA-REPORT.md", QaReport.render(s, stats));
        out.put("README.md", SampleReadme.render(s, stats));
        return out;
    }

    /** Writes every file into {@code dir} (created if missing). */
    public void write(SampleScheme s, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : render(s).entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private String feature(Map<String, String> props, Geometry g) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator gen = json.createGenerator(w)) {
            gen.writeStartObject();
            gen.writeStringField("type", "Feature");
            gen.writeObjectFieldStart("properties");
            for (Map.Entry<String, String> e : props.entrySet()) gen.writeStringField(e.getKey(), e.getValue());
            gen.writeEndObject();
            gen.writeFieldName("geometry");
            geo.write(g, gen);
            gen.writeEndObject();
        }
        return w.toString();
    }

    private static String collection(List<String> features) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < features.size(); i++) {
            b.append(features.get(i));
            b.append(i + 1 < features.size() ? ",\n" : "\n");
        }
        return b.append("]}\n").toString();
    }

    private String clauses(List<Clause> clauses) throws IOException {
        StringBuilder b = new StringBuilder("{\"clauses\":[\n");
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            StringWriter w = new StringWriter();
            try (JsonGenerator gen = json.createGenerator((Writer) w)) {
                gen.writeStartObject();
                gen.writeStringField("id", c.id());
                gen.writeStringField("level", c.level().name());
                gen.writeStringField("scope", c.scopeCode());
                gen.writeStringField("dimension", c.dimension().name());
                gen.writeStringField("text", c.text());
                gen.writeArrayFieldStart("ruleIds");
                for (String r : c.ruleIds()) gen.writeString(r);
                gen.writeEndArray();
                gen.writeEndObject();
            }
            b.append(w).append(i + 1 < clauses.size() ? ",\n" : "\n");
        }
        return b.append("]}\n").toString();
    }
}
