package org.ecozoning.ogc.wfs;

import org.ecozoning.ogc.common.LayerInfo;

/** The WFS's short name for the shared {@link org.ecozoning.ogc.common.FeatureIds} (published {@code layer.id} identifiers). */
final class FeatureIds {
    private FeatureIds() { }

    static String of(LayerInfo layer, String featureId) { return org.ecozoning.ogc.common.FeatureIds.of(layer, featureId); }

    static String layerOf(String publishedId) { return org.ecozoning.ogc.common.FeatureIds.layerOf(publishedId); }

    static String featureOf(String publishedId) { return org.ecozoning.ogc.common.FeatureIds.featureOf(publishedId); }

    static String escape(String id) { return org.ecozoning.ogc.common.FeatureIds.escape(id); }

    static String unescape(String s) { return org.ecozoning.ogc.common.FeatureIds.unescape(s); }
}
