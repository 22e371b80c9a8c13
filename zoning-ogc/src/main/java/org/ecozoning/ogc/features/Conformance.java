package org.ecozoning.ogc.features;

import java.util.List;

/**
 * The conformance classes this implementation declares at {@code /conformance}: each one is
 * exercised by the tests (see FeaturesConformanceTest and the CQL2 parser tests).
 */
final class Conformance {
    static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    static final String HTML = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html";
    static final String OAS30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";
    static final String CRS = "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs";
    static final String QUERYABLES = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables";
    static final String QUERYABLES_QUERY_PARAMETERS = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters";
    static final String FILTER = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter";
    static final String FEATURES_FILTER = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter";
    static final String CQL2_TEXT = "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text";
    static final String BASIC_CQL2 = "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2";
    static final String ADVANCED_COMPARISON = "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators";
    static final String CASE_INSENSITIVE = "http://www.opengis.net/spec/cql2/1.0/conf/case-insensitive-comparison";
    static final String BASIC_SPATIAL = "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions";
    static final String BASIC_SPATIAL_PLUS = "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus";
    static final String SPATIAL_FUNCTIONS = "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions";

    static final List<String> CLASSES = List.of(CORE, GEOJSON, HTML, OAS30, CRS, QUERYABLES, QUERYABLES_QUERY_PARAMETERS, FILTER,
            FEATURES_FILTER, CQL2_TEXT, BASIC_CQL2, ADVANCED_COMPARISON, CASE_INSENSITIVE, BASIC_SPATIAL, BASIC_SPATIAL_PLUS,
            SPATIAL_FUNCTIONS);

    private Conformance() { }
}
