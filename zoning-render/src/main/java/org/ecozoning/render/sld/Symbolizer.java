package org.ecozoning.render.sld;

import java.util.Map;
import org.ecozoning.feature.filter.Expression;

/**
 * How a feature is drawn: the four SLD vector symbolizers. Any geometry can take any symbolizer
 * (a polygon with a point symbolizer gets the mark at an interior point, as in GeoServer).
 */
public sealed interface Symbolizer {

    /** Fill and/or outline of areas; either may be null. */
    record Polygon(Fill fill, Stroke stroke) implements Symbolizer { }

    /** A stroked line; a polygon's rings are stroked as lines. */
    record Line(Stroke stroke) implements Symbolizer { }

    /** A mark at each point (interior point of areas and lines). */
    record Point(Graphic graphic) implements Symbolizer { }

    /**
     * A label.
     *
     * @param fill the text colour
     * @param halo null for no halo
     * @param priority evaluated per feature; higher numbers are placed first, null for 0
     * @param vendorOptions GeoServer-style options; {@code spaceAround} (pixels) and
     *     {@code partials} (true: allow labels cut by the image edge) are honoured
     */
    record Text(LabelText label, FontSpec font, LabelPlacement placement, Halo halo, Fill fill,
            Expression priority, Map<String, String> vendorOptions) implements Symbolizer {
        public Text {
            vendorOptions = Map.copyOf(vendorOptions);
        }
    }
}
