package org.ecozoning.ogc.wfs;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.ecozoning.feature.Feature;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.GeoJsonFeatureWriter;
import org.ecozoning.ogc.common.LayerInfo;

/**
 * Streams a GetFeature answer as a GeoJSON FeatureCollection with Jackson, one feature at a time
 * from the cursor (features written by the shared {@link GeoJsonFeatureWriter}): ids as in GML
 * ({@code layer.id}), typed properties, geometry always
 * easting/longitude first (GeoJSON order, whatever the srsName form). A non-geographic srsName is
 * named in a legacy {@code crs} member. Paging facts are members (numberMatched, numberReturned —
 * written after the features, so it counts what was really written — timeStamp) and links.
 */
final class GeoJsonCollectionWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private final GeoJsonFeatureWriter features;

    GeoJsonCollectionWriter(CrsSupport crs) { this.features = new GeoJsonFeatureWriter(crs); }

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
        features.write(g, f, FeatureIds.of(layer, f.id()), plan.outputCrs(), false, plan::wants, null);
    }
}
