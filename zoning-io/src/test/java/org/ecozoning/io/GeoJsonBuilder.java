package org.ecozoning.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.geojson.GeoJsonWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Builds small GeoJSON fixture files feature by feature (properties as given, geometry from WKT). */
final class GeoJsonBuilder {
    private final List<Map<String, Object>> props = new ArrayList<>();
    private final List<Geometry> geoms = new ArrayList<>();

    GeoJsonBuilder add(Geometry g, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        props.add(m);
        geoms.add(g);
        return this;
    }

    GeoJsonBuilder add(String wkt, Object... kv) {
        try {
            return add(new WKTReader().read(wkt), kv);
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    String json() throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (int i = 0; i < props.size(); i++) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> e : props.get(i).entrySet()) {
                    if (e.getValue() == null) g.writeNullField(e.getKey());
                    else if (e.getValue() instanceof Number n) g.writeNumberField(e.getKey(), n.doubleValue());
                    else g.writeStringField(e.getKey(), e.getValue().toString());
                }
                g.writeEndObject();
                g.writeFieldName("geometry");
                new GeoJsonWriter(7).write(geoms.get(i), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    Path write(Path file) throws IOException {
        Files.writeString(file, json());
        return file;
    }
}
