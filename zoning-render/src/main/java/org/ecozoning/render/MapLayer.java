package org.ecozoning.render;

import java.util.Objects;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.render.sld.Style;

/**
 * One layer of a map request: where the features come from, the style to draw them with, and an
 * extra filter the client asked for (WMS {@code FILTER}/{@code CQL_FILTER}), {@link Filter#INCLUDE}
 * when none.
 */
public record MapLayer(FeatureSource source, Style style, Filter filter) {
    public MapLayer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(style, "style");
        if (filter == null) filter = Filter.INCLUDE;
    }

    public MapLayer(FeatureSource source, Style style) {
        this(source, style, Filter.INCLUDE);
    }
}
