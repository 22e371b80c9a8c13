package org.ecozoning.ogc.wms;

import java.awt.Color;
import java.util.List;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.render.sld.Style;
import org.locationtech.jts.geom.Envelope;

/**
 * The map part of a GetMap or GetFeatureInfo request, checked and resolved: the layers with their
 * styles, client filters and the sources of the selected scheme version, the map CRS, the extent
 * (x east, y north), the image size and look.
 *
 * @param bbox the extent in the map CRS, already in x-east order whatever the request's axis order
 */
record MapRequest(WmsVersion version, List<Layer> layers, MapCrs crs, Envelope bbox, Frame frame) {
    MapRequest {
        layers = List.copyOf(layers);
    }

    /**
     * One layer to draw or query.
     *
     * @param info the published layer (names, titles), from the current catalog
     * @param source its features in the selected scheme version, or null when the layer did not exist then
     * @param filter the client's filter ({@code CQL_FILTER}), {@link Filter#INCLUDE} when none
     */
    record Layer(LayerInfo info, FeatureSource source, Style style, Filter filter) { }

    /**
     * What the answer image looks like: the part of a GetMap that must be valid before an error can be
     * drawn in an image (so it is parsed first).
     *
     * @param format null for GetFeatureInfo (which needs no image format)
     * @param background the BGCOLOR (white by default), used when the image is not transparent
     */
    record Frame(ImageFormat format, int width, int height, boolean transparent, Color background) {
        /** The colour the image starts with, or null for transparent. */
        Color fill() { return transparent && format != null && format.alpha ? null : background; }
    }
}
