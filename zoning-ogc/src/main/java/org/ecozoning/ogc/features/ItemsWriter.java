package org.ecozoning.ogc.features;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.GeoJsonFeatureWriter;

/**
 * Streams features as GeoJSON (Part 1 geojson conformance) with the shared
 * {@link GeoJsonFeatureWriter}: a FeatureCollection with {@code timeStamp},
 * {@code numberMatched}, the features pulled one at a time, {@code numberReturned} (counted as
 * written) and the paging links; or a lone Feature with its links. Coordinates follow the axis
 * order of the output CRS (Part 2).
 */
final class ItemsWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private final GeoJsonFeatureWriter features;

    ItemsWriter(CrsSupport crs) { this.features = new GeoJsonFeatureWriter(crs); }

    void collection(OutputStream out, Iterator<Feature> cursor, FeatureType type, ItemsQuery q, long matched, String timeStamp,
            List<Link> links) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("timeStamp", timeStamp);
            g.writeNumberField("numberMatched", matched);
            g.writeArrayFieldStart("features");
            long n = 0;
            while (cursor.hasNext()) {
                Feature f = cursor.next();
                features.write(g, f, f.id(), q.outputCrs(), true, name -> q.wants(type, name), null);
                n++;
            }
            g.writeEndArray();
            g.writeNumberField("numberReturned", n);
            writeLinks(g, links);
            g.writeEndObject();
        }
    }

    void feature(OutputStream out, Feature f, ItemsQuery q, List<Link> links) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            features.write(g, f, f.id(), q.outputCrs(), true, name -> q.wants(f.type(), name), gen -> writeLinks(gen, links));
        }
    }

    private static void writeLinks(JsonGenerator g, List<Link> links) throws IOException {
        g.writeArrayFieldStart("links");
        for (Link l : links) {
            g.writeStartObject();
            g.writeStringField("href", l.href());
            g.writeStringField("rel", l.rel());
            if (l.type() != null) g.writeStringField("type", l.type());
            if (l.title() != null) g.writeStringField("title", l.title());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
