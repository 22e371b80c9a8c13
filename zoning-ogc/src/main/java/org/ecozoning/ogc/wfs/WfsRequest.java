package org.ecozoning.ogc.wfs;

import java.util.List;
import java.util.Map;
import org.ecozoning.feature.SortBy;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.LayerInfo;

/**
 * A WFS request after parsing and validation, whatever its encoding (KVP or XML): the readers
 * produce these, the operations consume them. Every name in them is resolved and every filter is
 * in the storage CRS.
 */
sealed interface WfsRequest {
    WfsVersion version();

    /** GetCapabilities; {@code sections} empty means all. */
    record GetCapabilities(WfsVersion version, List<String> sections) implements WfsRequest { }

    /** DescribeFeatureType; {@code layers} empty means all. */
    record DescribeFeatureType(WfsVersion version, List<LayerInfo> layers, OutputFormat format) implements WfsRequest { }

    record ListStoredQueries(WfsVersion version) implements WfsRequest { }

    /** DescribeStoredQueries; {@code ids} empty means all. */
    record DescribeStoredQueries(WfsVersion version, List<String> ids) implements WfsRequest { }

    /** CreateStoredQuery (XML only): the definitions to add. */
    record CreateStoredQuery(WfsVersion version, List<StoredQueryRegistry.Definition> definitions) implements WfsRequest { }

    /** DropStoredQuery. */
    record DropStoredQuery(WfsVersion version, String id) implements WfsRequest { }

    /**
     * GetFeature or GetPropertyValue.
     *
     * @param count the page size asked for, or -1 when absent
     * @param valueReference the property of GetPropertyValue ("@gml:id" or a property name), null for GetFeature
     * @param bareFeature GetFeatureById: answer with the lone feature, not a collection
     * @param linkParams KVP parameters that reproduce this request without paging, for next/previous links
     */
    record GetFeature(WfsVersion version, List<QueryPlan> queries, long count, long startIndex, boolean hits,
            OutputFormat format, String valueReference, boolean bareFeature, Map<String, String> linkParams)
            implements WfsRequest {
        boolean isPropertyValue() { return valueReference != null; }
    }

    /**
     * One query of a GetFeature: a layer, a filter in storage CRS, a sort order, the properties
     * wanted (null = all) and the CRS to write geometries in.
     */
    record QueryPlan(LayerInfo layer, Filter filter, List<SortBy> sortBy, List<String> properties, Crs outputCrs) {
        boolean wants(String property) { return properties == null || properties.contains(property); }
    }
}
