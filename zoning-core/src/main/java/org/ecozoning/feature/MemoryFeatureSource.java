package org.ecozoning.feature;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ecozoning.feature.filter.Filter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A layer held in memory with an STR-tree index: the source for the sample scheme on the embedded
 * default and the reference semantics that database sources must agree with.
 */
public final class MemoryFeatureSource implements FeatureSource {
    private final FeatureType type;
    private final List<Feature> features;
    private final STRtree index = new STRtree();
    private final Envelope bounds = new Envelope();

    public MemoryFeatureSource(FeatureType type, List<Feature> features) {
        this.type = Objects.requireNonNull(type);
        this.features = List.copyOf(features);
        for (int i = 0; i < this.features.size(); i++) {
            Feature f = this.features.get(i);
            if (f.geometry() != null && !f.geometry().isEmpty()) {
                index.insert(f.geometry().getEnvelopeInternal(), i);
                bounds.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        index.build();
    }

    @Override public FeatureType type() { return type; }

    @Override public Envelope bounds() { return new Envelope(bounds); }

    @Override
    public long count(Query query) {
        return candidates(query.filter()).stream().filter(query.filter()::test).count();
    }

    @Override
    public FeatureCursor features(Query query) {
        List<Feature> matched = new ArrayList<>();
        for (Feature f : candidates(query.filter())) if (query.filter().test(f)) matched.add(f);
        if (!query.sortBy().isEmpty()) matched.sort(comparator(query.sortBy()));
        int from = (int) Math.min(matched.size(), query.startIndex());
        int to = query.maxFeatures() < 0 ? matched.size() : (int) Math.min(matched.size(), from + query.maxFeatures());
        return FeatureCursor.of(matched.subList(from, to).iterator());
    }

    /** Features that may match: an index look-up when the filter is spatial at its top, else all, in stored order. */
    private List<Feature> candidates(Filter filter) {
        Envelope e = searchEnvelope(filter);
        if (e == null) return features;
        List<Integer> hits = new ArrayList<>();
        index.query(e, item -> hits.add((Integer) item));
        hits.sort(Integer::compare);
        List<Feature> out = new ArrayList<>(hits.size());
        for (int i : hits) out.add(features.get(i));
        return out;
    }

    private static Envelope searchEnvelope(Filter filter) {
        if (filter instanceof Filter.Spatial s && s.op() != Filter.SpatialOp.DISJOINT && s.op() != Filter.SpatialOp.BEYOND) {
            return s.searchEnvelope();
        }
        if (filter instanceof Filter.And and) {
            for (Filter f : and.filters()) {
                Envelope e = searchEnvelope(f);
                if (e != null) return e;
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Feature> comparator(List<SortBy> keys) {
        Comparator<Feature> c = null;
        for (SortBy k : keys) {
            Comparator<Feature> one = Comparator.comparing(f -> (Comparable) comparable(f.get(k.property())),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            if (!k.ascending()) one = one.reversed();
            c = c == null ? one : c.thenComparing(one);
        }
        return c;
    }

    private static Comparable<?> comparable(Object v) {
        return v instanceof Comparable<?> c ? c : v == null ? null : v.toString();
    }
}
