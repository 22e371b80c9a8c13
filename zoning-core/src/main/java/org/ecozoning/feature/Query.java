package org.ecozoning.feature;

import java.util.List;
import java.util.Objects;
import org.ecozoning.feature.filter.Filter;

/**
 * What a protocol adapter asks a {@link FeatureSource} for: a filter (bounding boxes and spatial
 * predicates already expressed in the storage CRS), a sort order, a page and the properties wanted.
 * Sources may push all of it down (SQL) or evaluate it in memory.
 *
 * @param properties the attribute names to return, or null for all
 * @param maxFeatures the page size, or -1 for no limit
 */
public record Query(Filter filter, List<SortBy> sortBy, long startIndex, long maxFeatures, List<String> properties) {
    public static final Query ALL = new Query(Filter.INCLUDE, List.of(), 0, -1, null);

    public Query {
        Objects.requireNonNull(filter, "filter");
        sortBy = sortBy == null ? List.of() : List.copyOf(sortBy);
        if (startIndex < 0) throw new IllegalArgumentException("startIndex must be >= 0");
        properties = properties == null ? null : List.copyOf(properties);
    }

    public static Query filter(Filter filter) { return new Query(filter, List.of(), 0, -1, null); }

    public Query withPage(long start, long max) { return new Query(filter, sortBy, start, max, properties); }

    public Query withSort(List<SortBy> sort) { return new Query(filter, sort, startIndex, maxFeatures, properties); }

    public Query withProperties(List<String> props) { return new Query(filter, sortBy, startIndex, maxFeatures, props); }
}
