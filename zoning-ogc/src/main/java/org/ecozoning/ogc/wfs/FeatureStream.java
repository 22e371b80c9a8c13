package org.ecozoning.ogc.wfs;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.Query;
import org.ecozoning.ogc.wfs.WfsRequest.QueryPlan;

/**
 * The features of one page of a multi-query GetFeature, pulled lazily: the queries' results
 * are concatenated in request order, {@code start} features are skipped across them and at most
 * {@code count} are returned. A query's cursor is opened only when the page reaches it and closed
 * as soon as it is exhausted, so writers stream straight from the sources.
 */
final class FeatureStream implements Iterator<FeatureStream.Item>, AutoCloseable {
    /** A feature and the query it answers (for its layer and output CRS). */
    record Item(QueryPlan plan, Feature feature) { }

    private final List<QueryPlan> plans;
    private final long[] matched;
    private long skip;
    private long remaining;
    private int index = -1;
    private FeatureCursor cursor;

    /** @param matched per query, the number of features it matches (from a count query) */
    FeatureStream(List<QueryPlan> plans, long[] matched, long start, long count) {
        this.plans = plans;
        this.matched = matched;
        this.skip = start;
        this.remaining = count;
    }

    /** The core query of a plan (filter, sort and properties, no page). */
    static Query query(QueryPlan p) {
        List<String> props = p.properties();
        return new Query(p.filter(), p.sortBy(), 0, -1, props);
    }

    @Override
    public boolean hasNext() {
        while (remaining > 0) {
            if (cursor != null && cursor.hasNext()) return true;
            if (!openNext()) return false;
        }
        return false;
    }

    private boolean openNext() {
        closeCursor();
        while (++index < plans.size()) {
            long m = matched[index];
            if (skip >= m) {
                skip -= m;
                continue;
            }
            long take = Math.min(remaining, m - skip);
            cursor = plans.get(index).layer().source().features(query(plans.get(index)).withPage(skip, take));
            skip = 0;
            return true;
        }
        return false;
    }

    @Override
    public Item next() {
        if (!hasNext()) throw new NoSuchElementException();
        remaining--;
        return new Item(plans.get(index), cursor.next());
    }

    private void closeCursor() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }

    @Override
    public void close() { closeCursor(); }
}
