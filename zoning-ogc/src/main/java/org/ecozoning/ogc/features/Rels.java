package org.ecozoning.ogc.features;

/** Link relation types and media types of OGC API – Features documents. */
final class Rels {
    static final String JSON = "application/json";
    static final String GEOJSON = "application/geo+json";
    static final String HTML = "text/html";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final String SCHEMA = "application/schema+json";

    static final String OGC_CONFORMANCE = "http://www.opengis.net/def/rel/ogc/1.0/conformance";
    static final String OGC_DATA = "http://www.opengis.net/def/rel/ogc/1.0/data";
    static final String OGC_QUERYABLES = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    private Rels() { }
}
