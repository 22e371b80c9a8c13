package org.ecozoning.bench.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.bench.SyntheticScheme;
import org.ecozoning.geojson.GeoJsonWriter;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.scheme.Scheme;

/**
 * Writes {@code sample/units.geojson} of a {@link SyntheticScheme} with N units into a copy of a
 * workspace, so that a server started on that workspace bootstraps a store much larger than the
 * sample (for the WFS full-export memory benchmark).
 *
 * <pre>SyntheticWorkspace REPO-ROOT WORKSPACE-DIR UNITS</pre>
 */
public final class SyntheticWorkspace {
    private SyntheticWorkspace() { }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("用法 / usage: SyntheticWorkspace REPO-ROOT WORKSPACE-DIR UNITS");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path ws = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        IndustryCatalog catalog = IndustryCatalog.gbt4754();
        RuleSet rules = new RuleSetLoader(catalog).load(root.resolve("workspace/rules/shanxi-rules.json"));
        Scheme s = SyntheticScheme.build(n, rules, root.resolve("workspace/data/shanxi-counties.geojson"));
        Path sample = ws.resolve("sample");
        Files.createDirectories(sample);
        for (String f : new String[] {"zones.geojson", "access-lists.json"}) Files.deleteIfExists(sample.resolve(f));
        long vertices = write(s, sample.resolve("units.geojson"));
        System.out.println("synthetic units: " + s.units().size() + ", vertices: " + vertices + " -> " + sample.resolve("units.geojson"));
    }

    static long write(Scheme s, Path file) throws IOException {
        GeoJsonWriter gw = new GeoJsonWriter(6);
        long vertices = 0;
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (ControlUnit u : s.units()) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                g.writeStringField("code", u.code().toString());
                g.writeStringField("name", u.name());
                g.writeStringField("class", u.unitClass().name());
                g.writeStringField("subtype", u.subtype().name());
                g.writeStringField("cityCode", u.cityCode());
                g.writeStringField("cityName", u.cityName());
                g.writeStringField("countyCode", u.countyCode());
                g.writeStringField("countyName", u.countyName());
                g.writeEndObject();
                g.writeFieldName("geometry");
                gw.write(u.geometry(), g);
                vertices += u.geometry().getNumPoints();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return vertices;
    }
}
