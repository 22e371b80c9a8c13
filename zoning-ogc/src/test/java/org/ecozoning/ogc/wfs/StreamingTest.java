package org.ecozoning.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.Query;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Envelope;

/**
 * GetFeature output streams: features are pulled from the cursor only as the bytes for earlier
 * ones reach the client, and the heap does not grow with the size of the answer.
 */
class StreamingTest {
    private static final int N = 200_000;
    private static final GeometryFactory GF = new GeometryFactory();
    private static final FeatureType TYPE = new FeatureType("generated", "生成", "generated", "geometry", "Polygon",
            List.of(new AttributeDescriptor("name", AttributeType.STRING, "名称"), new AttributeDescriptor("value", AttributeType.DOUBLE, "值")));

    /** A source that makes features on demand and counts how many were pulled. */
    static final class GeneratedSource implements FeatureSource {
        final AtomicLong pulled = new AtomicLong();

        @Override public FeatureType type() { return TYPE; }
        @Override public Envelope bounds() { return new Envelope(110, 115, 34, 41); }
        @Override public long count(Query q) { return N; }

        @Override
        public FeatureCursor features(Query q) {
            long start = q.startIndex();
            long end = q.maxFeatures() < 0 ? N : Math.min(N, start + q.maxFeatures());
            return new FeatureCursor() {
                long i = start;
                @Override public boolean hasNext() { return i < end; }
                @Override public Feature next() {
                    long k = i++;
                    pulled.incrementAndGet();
                    double x = 110 + (k % 1000) * 0.004, y = 34 + (k / 1000) * 0.03;
                    Coordinate[] ring = new Coordinate[11];
                    for (int j = 0; j < 10; j++) {
                        double a = j * Math.PI / 5;
                        ring[j] = new Coordinate(x + 0.001 * Math.cos(a), y + 0.001 * Math.sin(a));
                    }
                    ring[10] = ring[0];
                    return new Feature(TYPE, "g" + k, new Object[] {"要素 feature " + k, k * 0.5}, GF.createPolygon(ring));
                }
                @Override public void close() { }
            };
        }
    }

    /** Counts bytes and checks, at every write, that the features pulled so far are accounted for by the bytes written. */
    static final class CountingOutput extends OutputStream {
        final GeneratedSource source;
        final long minBytesPerFeature;
        long written;
        long pulledAtFirstWrite = -1;
        long worstExcess;
        long heapAtHalf = -1;
        final long heapAtStart;

        CountingOutput(GeneratedSource source, long minBytesPerFeature) {
            this.source = source;
            this.minBytesPerFeature = minBytesPerFeature;
            this.heapAtStart = usedHeapAfterGc();
        }

        @Override public void write(int b) { write(new byte[] {(byte) b}, 0, 1); }

        @Override public void write(byte[] b, int off, int len) {
            long pulled = source.pulled.get();
            if (pulledAtFirstWrite < 0) pulledAtFirstWrite = pulled;
            // features pulled but not yet written out can only sit in the writer's small buffer
            worstExcess = Math.max(worstExcess, pulled * minBytesPerFeature - written);
            if (heapAtHalf < 0 && pulled >= N / 2) heapAtHalf = usedHeapAfterGc();
            written += len;
        }
    }

    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static WfsHandler handler(GeneratedSource src) {
        LayerCatalog catalog = new LayerCatalog(List.of(new LayerInfo("generated", src, "生成", "generated", null, null, null, null)));
        return new WfsHandler(WfsConfig.of(catalog).withMaxCount(1_000_000));
    }

    @Test
    void geoJsonOf200000FeaturesStreamsLazilyInFlatMemory() throws Exception {
        GeneratedSource src = new GeneratedSource();
        OgcResponse r = handler(src).handle(OgcRequest.builder("GET", "/")
                .query("service=WFS&version=2.0.0&request=GetFeature&typeNames=zoning:generated&outputFormat=application/geo%2Bjson").build());
        assertThat(r.status()).isEqualTo(200);
        assertThat(src.pulled.get()).as("nothing is read before the body is written").isZero();
        CountingOutput out = new CountingOutput(src, 200);
        r.body().writeTo(out);
        assertThat(src.pulled.get()).isEqualTo(N);
        assertThat(out.written).isGreaterThan(N * 200L);
        assertThat(out.pulledAtFirstWrite).as("features pulled before the first byte left").isLessThan(1_000);
        assertThat(out.worstExcess).as("bytes of features pulled ahead of the output").isLessThan(256 * 1024);
        long growth = out.heapAtHalf - out.heapAtStart;
        // half-way the answer is ~50 MB long; a buffered writer would hold it all
        assertThat(growth).as("heap growth half-way (bytes)").isLessThan(24L * 1024 * 1024);
    }

    @Test
    void gmlOutputStreamsLazilyToo() throws Exception {
        GeneratedSource src = new GeneratedSource();
        OgcResponse r = handler(src).handle(OgcRequest.builder("GET", "/")
                .query("service=WFS&version=2.0.0&request=GetFeature&typeNames=zoning:generated&count=20000").build());
        CountingOutput out = new CountingOutput(src, 300);
        r.body().writeTo(out);
        assertThat(src.pulled.get()).isEqualTo(20_000);
        assertThat(out.pulledAtFirstWrite).isLessThan(1_000);
        assertThat(out.worstExcess).isLessThan(256 * 1024);
    }
}
