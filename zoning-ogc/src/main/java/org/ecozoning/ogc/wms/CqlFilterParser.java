package org.ecozoning.ogc.wms;

import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Filter;

/**
 * The hook through which GetMap and GetFeatureInfo read the {@code CQL_FILTER} vendor parameter:
 * the WMS has no CQL grammar of its own; the server shell plugs in the shared CQL2 text parser of
 * OGC API – Features, e.g.
 * {@code (type, text) -> new Cql2TextParser(type, crs, crs.parse("CRS:84")).parse(text)}.
 * When no parser is configured, {@code CQL_FILTER} is refused as not supported.
 */
@FunctionalInterface
public interface CqlFilterParser {
    /**
     * @param type the layer's schema (its attributes are the queryables)
     * @param text the filter text for this layer
     * @return the filter on storage-CRS features
     * @throws IllegalArgumentException with a bilingual message ("中文 / English") when the text is malformed
     */
    Filter parse(FeatureType type, String text);
}
