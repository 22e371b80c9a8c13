package org.ecozoning.ogc.wms;

import java.time.Duration;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.Query;
import org.ecozoning.ogc.common.CoordinateArrayTransform;
import org.ecozoning.render.CoordinateMapper;
import org.locationtech.jts.geom.Envelope;

/**
 * The render-time limit of one map, enforced cooperatively without extra threads: the feature
 * cursors and the coordinate mapper the renderer pulls from check the clock and abort the render
 * with {@link Expired} once the time is up (so a slow map is abandoned between features, and the
 * rendering thread is never left running in the background).
 */
final class Deadline {
    /** Thrown from inside the renderer when the map took too long. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() { super("render time limit exceeded", null, false, false); }
    }

    private final long endNanos;
    private final Duration limit;

    Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    Duration limit() { return limit; }

    void check() {
        if (System.nanoTime() - endNanos > 0) throw new Expired();
    }

    /** A source whose cursors check this deadline before every feature. */
    FeatureSource guard(FeatureSource source) {
        return new FeatureSource() {
            @Override public FeatureType type() { return source.type(); }

            @Override public Envelope bounds() { return source.bounds(); }

            @Override public long count(Query query) {
                check();
                return source.count(query);
            }

            @Override public FeatureCursor features(Query query) {
                check();
                FeatureCursor c = source.features(query);
                return new FeatureCursor() {
                    @Override public boolean hasNext() {
                        check();
                        return c.hasNext();
                    }

                    @Override public Feature next() { return c.next(); }

                    @Override public void close() { c.close(); }
                };
            }
        };
    }

    /** A renderer mapper running {@code t} that checks this deadline once per ring or line. */
    CoordinateMapper mapper(CoordinateArrayTransform t) {
        return (xy, count) -> {
            check();
            t.apply(xy, count);
        };
    }
}
