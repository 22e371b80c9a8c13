package org.ecozoning.ogc.wfs;

import java.util.List;

/**
 * The stored queries this service offers: only the mandatory {@code GetFeatureById} of WFS 2.0
 * (7.9.3.6), whose result is the bare feature; queries clients create live in {@link StoredQueryRegistry}.
 */
final class StoredQueries {
    static final String GET_FEATURE_BY_ID = "urn:ogc:def:query:OGC-WFS::GetFeatureById";
    /** The deprecated identifier some clients still send. */
    static final String GET_FEATURE_BY_ID_OLD = "urn:x-ogc:def:query:OGC-WFS::GetFeatureById";
    static final String LANGUAGE = "urn:ogc:def:queryLanguage:OGC-WFS::WFSQueryExpression";

    private StoredQueries() { }

    static List<String> ids() { return List.of(GET_FEATURE_BY_ID); }

    static boolean isGetFeatureById(String id) {
        return GET_FEATURE_BY_ID.equals(id) || GET_FEATURE_BY_ID_OLD.equals(id);
    }

    static final String TITLE_ZH = "按标识获取要素";
    static final String TITLE_EN = "Get feature by identifier";
    static final String ABSTRACT_ZH = "返回标识为 id 的单个要素（标识形如 control_units.ZH14010520003）。";
    static final String ABSTRACT_EN = "Returns the single feature whose identifier is id (e.g. control_units.ZH14010520003).";
}
