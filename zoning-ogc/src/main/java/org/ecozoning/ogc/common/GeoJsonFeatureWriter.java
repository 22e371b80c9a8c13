package org.ecozoning.ogc.common;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.geojson.GeoJsonWriter;
import org.ecozoning.ogc.gml.GmlGeometryReader;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes one {@link Feature} as a GeoJSON Feature object onto a Jackson generator: the one
 * feature encoding shared by WFS (outputFormat=application/json) and OGC API – Features, so both
 * publish the same properties, value types and coordinate precision. Geometries are reprojected
 * from the storage CRS to the output CRS; degrees keep 7 decimals (about 1 cm), metres 3.
 */
public final class GeoJsonFeatureWriter {
    /** Extra members a caller appends inside the feature object (e.g. OGC API links). */
    @FunctionalInterface
    public interface Members {
        void write(JsonGenerator g) throws IOException;
    }

    private final CrsSupport crs;
    private final GeoJsonWriter degrees = new GeoJsonWriter(7);
    private final GeoJsonWriter metres = new GeoJsonWriter(3);

    public GeoJsonFeatureWriter(CrsSupport crs) { this.crs = crs; }

    /**
     * Writes {@code {"type":"Feature","id":…,"geometry":…,"properties":{…}, extra…}}.
     *
     * @param id the published identifier
     * @param target the output CRS
     * @param crsAxisOrder write coordinates in the axis order of {@code target} (OGC API – Features
     *     Part 2: latitude first for the EPSG URIs of geographic CRSs); false keeps GeoJSON's
     *     easting/longitude-first order whatever the CRS (WFS)
     * @param wanted which properties (attributes or the geometry property) to write
     * @param extra members appended after the properties, or null
     */
    public void write(JsonGenerator g, Feature f, String id, Crs target, boolean crsAxisOrder, Predicate<String> wanted,
            Members extra) throws IOException {
        FeatureType type = f.type();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id);
        g.writeFieldName("geometry");
        Geometry geom = f.geometry();
        if (geom == null || geom.isEmpty() || !wanted.test(type.geometryName())) {
            g.writeNull();
        } else {
            Geometry out = crs.fromStorage(geom, target);
            if (crsAxisOrder && target.northingFirst()) out = GmlGeometryReader.swapAxes(out);
            (target.geographic() ? degrees : metres).write(out, g);
        }
        g.writeObjectFieldStart("properties");
        for (int i = 0; i < type.attributes().size(); i++) {
            AttributeDescriptor a = type.attributes().get(i);
            if (!wanted.test(a.name())) continue;
            g.writeFieldName(a.name());
            value(g, f.value(i));
        }
        g.writeEndObject();
        if (extra != null) extra.write(g);
        g.writeEndObject();
    }

    /** Writes an attribute value with its JSON type (numbers, booleans; dates as ISO strings). */
    public static void value(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case Long l -> g.writeNumber(l);
            case Integer i -> g.writeNumber(i);
            case Double d when Double.isFinite(d) -> g.writeNumber(d);
            case BigDecimal d -> g.writeNumber(d);
            case Number n -> g.writeString(n.toString());
            case Boolean b -> g.writeBoolean(b);
            case LocalDate d -> g.writeString(d.toString());
            case Instant t -> g.writeString(t.toString());
            default -> g.writeString(v.toString());
        }
    }
}
