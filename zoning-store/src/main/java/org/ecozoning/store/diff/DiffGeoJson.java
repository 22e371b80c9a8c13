package org.ecozoning.store.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.ecozoning.geojson.GeoJsonWriter;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes the changed geometry of a {@link SchemeDiff} as a GeoJSON FeatureCollection, one feature
 * per changed unit or zone, for maps of "what changed". Property {@code change} is the most
 * telling kind (added, removed, recoded, reshaped, reclassed, renamed, reassigned) and
 * {@code changes} lists all; {@code layer} is "units" or "zones". Unchanged geometry of a merely
 * renamed unit is included too, so every listed change can be located.
 */
public final class DiffGeoJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final GeoJsonWriter GEOMETRY = new GeoJsonWriter(7);

    private DiffGeoJson() {}

    public static String toString(SchemeDiff diff) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            write(diff, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public static void write(SchemeDiff diff, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(diff, g);
        }
    }

    public static void write(SchemeDiff diff, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(diff, g);
        }
    }

    private static void write(SchemeDiff diff, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeNumberField("fromVersion", diff.fromVersion());
        g.writeNumberField("toVersion", diff.toVersion());
        g.writeArrayFieldStart("features");
        for (UnitChange u : diff.units()) {
            feature(g, "unit-" + u.code(), u.geometry(), () -> {
                g.writeStringField("layer", "units");
                g.writeStringField("change", u.primaryKind().key());
                kinds(g, u.kinds());
                g.writeStringField("code", u.code());
                if (u.previousCode() != null) g.writeStringField("previousCode", u.previousCode());
                g.writeStringField("name", u.name());
                if (u.previousName() != null) g.writeStringField("previousName", u.previousName());
                g.writeStringField("unitClass", u.unitClass());
                if (u.previousUnitClass() != null) g.writeStringField("previousUnitClass", u.previousUnitClass());
                areas(g, u.areaBefore(), u.areaAfter(), u.changedArea());
            });
        }
        for (ZoneChange z : diff.zones()) {
            feature(g, "zone-" + z.id(), z.geometry(), () -> {
                g.writeStringField("layer", "zones");
                g.writeStringField("change", z.primaryKind().key());
                kinds(g, z.kinds());
                g.writeStringField("id", z.id());
                g.writeStringField("name", z.name());
                g.writeStringField("zoneType", z.zoneType());
                areas(g, z.areaBefore(), z.areaAfter(), z.changedArea());
            });
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private interface Body {
        void write() throws IOException;
    }

    private static void feature(JsonGenerator g, String id, Geometry geometry, Body properties) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id);
        g.writeObjectFieldStart("properties");
        properties.write();
        g.writeEndObject();
        g.writeFieldName("geometry");
        GEOMETRY.write(geometry, g);
        g.writeEndObject();
    }

    private static void kinds(JsonGenerator g, java.util.List<ChangeKind> kinds) throws IOException {
        g.writeArrayFieldStart("changes");
        for (ChangeKind k : kinds) g.writeString(k.key());
        g.writeEndArray();
    }

    private static void areas(JsonGenerator g, Double before, Double after, Double changed) throws IOException {
        if (before != null) g.writeNumberField("areaBefore", Math.round(before * 100) / 100.0);
        if (after != null) g.writeNumberField("areaAfter", Math.round(after * 100) / 100.0);
        if (changed != null) g.writeNumberField("changedArea", Math.round(changed * 100) / 100.0);
    }
}
