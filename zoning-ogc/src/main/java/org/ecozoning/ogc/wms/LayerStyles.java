package org.ecozoning.ogc.wms;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.render.sld.FeatureTypeStyle;
import org.ecozoning.render.sld.Fill;
import org.ecozoning.render.sld.Rule;
import org.ecozoning.render.sld.Stroke;
import org.ecozoning.render.sld.Style;
import org.ecozoning.render.sld.StyleLibrary;
import org.ecozoning.render.sld.Symbolizer;

/**
 * Which styles a layer offers and what a STYLES entry means: empty = the layer's default style
 * (its {@link LayerInfo#defaultStyle()} from the style library, or a plain grey style when the
 * library has none of that name), otherwise any style of the library by name; an unknown name is
 * StyleNotDefined. Capabilities list the default style plus the extra styles configured per layer.
 */
final class LayerStyles {
    /** Drawn when a layer's default style is missing from the library: grey fill, dark outline. */
    static final Style FALLBACK = new Style("default", "默认样式 / Default style", null, true, List.of(new FeatureTypeStyle(null,
            List.of(new Rule("default", "要素 / Features", null, Filter.INCLUDE, false, 0, Double.POSITIVE_INFINITY,
                    List.of(new Symbolizer.Polygon(new Fill(new Color(0x9E9E9E), 0.5, null),
                            new Stroke(new Color(0x424242), 1, 1, null, 0, java.awt.BasicStroke.JOIN_ROUND, java.awt.BasicStroke.CAP_ROUND))))))));

    private final StyleLibrary library;
    private final Map<String, List<String>> extra;

    LayerStyles(StyleLibrary library, Map<String, List<String>> extra) {
        this.library = library;
        this.extra = extra;
    }

    /** The name a layer's default style is advertised under. */
    String defaultName(LayerInfo layer) {
        return library.find(layer.defaultStyle()).isPresent() ? layer.defaultStyle() : FALLBACK.name();
    }

    Style defaultStyle(LayerInfo layer) {
        return library.find(layer.defaultStyle()).orElse(FALLBACK);
    }

    /**
     * The style of a STYLES entry for a layer (blank or "default" = the default style).
     *
     * @throws WmsException StyleNotDefined
     */
    Style resolve(LayerInfo layer, String name) {
        if (name == null || name.isBlank() || name.trim().equalsIgnoreCase("default")) return defaultStyle(layer);
        String n = name.trim();
        if (n.equals(defaultName(layer))) return defaultStyle(layer);
        return library.find(n).orElseThrow(() -> WmsException.of(WmsException.STYLE_NOT_DEFINED, "STYLES",
                "图层 " + layer.name() + " 没有样式 " + n, "layer " + layer.name() + " has no style " + n));
    }

    /** The style names a layer lists in capabilities: the default first, then its configured extras that exist. */
    List<String> offered(LayerInfo layer) {
        List<String> out = new ArrayList<>();
        out.add(defaultName(layer));
        for (String s : extra.getOrDefault(layer.name(), List.of())) {
            if (!out.contains(s) && library.find(s).isPresent()) out.add(s);
        }
        return out;
    }
}
