package org.ecozoning.server.tracking;

import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.feature.Query;
import org.locationtech.jts.geom.Envelope;

/**
 * A layer computed from the store and answered from an in-memory snapshot: every call takes the
 * current snapshot and asks it, so the tracking layers keep the reference semantics (filters,
 * sorting, paging) of {@link MemoryFeatureSource} whatever their data comes from.
 */
abstract class SnapshotFeatureSource implements FeatureSource {

    /** @return the layer's features now, as an in-memory layer */
    abstract MemoryFeatureSource snapshot();

    @Override
    public Envelope bounds() {
        return snapshot().bounds();
    }

    @Override
    public long count(Query query) {
        return snapshot().count(query);
    }

    @Override
    public FeatureCursor features(Query query) {
        return snapshot().features(query);
    }
}
