package org.ecozoning.ogc.wfs;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.geojson.GeoJsonWriter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerInfo;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams a GetFeature answer as a GeoJSON FeatureCollection with Jackson, one feature at a time
 * from the cursor: ids as in GML ({@code layer.id}), typed properties, geometry always
 * easting/longitude first (GeoJSON order, whatever the srsName form). A non-geographic srsName is
 * named in a legacy {@code crs} member. Paging facts are members (numberMatched, numberReturned —
 * written after the features, so it counts what was really written — timeStamp) and links.
 */
final class GeoJsonCollectionWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private final CrsSupport crs;
    private final GeoJsonWriter degrees = new GeoJsonWriter(7);
    private final GeoJsonWriter metres = new GeoJsonWriter(3);

    GeoJsonCollectionWriter(CrsSupport crs) { this.crs = crs; }

    void write(OutputStream out, Page page, FeatureStream stream, Crs outputCrs) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("timeStamp", page.timeStamp());
            g.writeNumberField("numberMatched", page.matched());
            crsMember(g, outputCrs);
            g.writeArrayFieldStart("features");
            long n = 0;
            while (stream.hasNext()) {
                FeatureStream.Item item = stream.next();
                feature(g, item.plan().layer(), item.feature(), item.plan());
                n++;
            }
            g.writeEndArray();
            g.writeNumberField("numberReturned", n);
            g.writeArrayFieldStart("links");
            if (page.next() != null) link(g, "next", page.next());
            if (page.previous() != null) link(g, "prev", page.previous());
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The lone feature of GetFeatureById as a GeoJSON Feature. */
    void writeBare(OutputStream out, FeatureStream.Item item) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            feature(g, item.plan().layer(), item.feature(), item.plan());
        }
    }

    private static void crsMember(JsonGenerator g, Crs c) throws IOException {
        if (c == null || c.geographic()) return;
        g.writeObjectFieldStart("crs");
        g.writeStringField("type", "name");
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", Crs.urn(c.epsg()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void link(JsonGenerator g, String rel, String href) throws IOException {
        g.writeStartObject();
        g.writeStringField("rel", rel);
        g.writeStringField("type", "application/geo+json");
        g.writeStringField("href", href);
        g.writeEndObject();
    }

    private void feature(JsonGenerator g, LayerInfo layer, Feature f, WfsRequest.QueryPlan plan) throws IOException {
        FeatureType type = layer.source().type();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", FeatureIds.of(layer, f.id()));
        g.writeFieldName("geometry");
        Geometry geom = f.geometry();
        if (geom == null || geom.isEmpty() || !plan.wants(type.geometryName())) {
            g.writeNull();
        } else {
            Crs target = plan.outputCrs();
            (target.geographic() ? degrees : metres).write(crs.fromStorage(geom, target), g);
        }
        g.writeObjectFieldStart("properties");
        for (int i = 0; i < type.attributes().size(); i++) {
            AttributeDescriptor a = type.attributes().get(i);
            if (!plan.wants(a.name())) continue;
            g.writeFieldName(a.name());
            value(g, f.value(i));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case Long l -> g.writeNumber(l);
            case Integer i -> g.writeNumber(i);
            case Double d when Double.isFinite(d) -> g.writeNumber(d);
            case Number n -> g.writeString(n.toString());
            case Boolean b -> g.writeBoolean(b);
            case LocalDate d -> g.writeString(d.toString());
            case Instant t -> g.writeString(t.toString());
            default -> g.writeString(v.toString());
        }
    }
}
