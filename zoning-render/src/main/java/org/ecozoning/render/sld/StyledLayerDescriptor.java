package org.ecozoning.render.sld;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed SLD document (1.0.0 or 1.1.0): its styled layers, each holding user styles. A bare
 * {@code UserStyle} or SE {@code FeatureTypeStyle} document is wrapped into one unnamed layer.
 */
public record StyledLayerDescriptor(String name, String title, String version, List<StyledLayer> layers) {
    public StyledLayerDescriptor {
        layers = List.copyOf(layers);
    }

    /** Every user style of every layer, in document order. */
    public List<Style> styles() {
        List<Style> out = new ArrayList<>();
        for (StyledLayer l : layers) out.addAll(l.styles());
        return out;
    }

    /**
     * The style to use when a client names none: the first style marked {@code IsDefault} in the
     * first layer that has styles, else that layer's first style; null when there is no user style.
     */
    public Style defaultStyle() {
        for (StyledLayer l : layers) {
            if (l.styles().isEmpty()) continue;
            for (Style s : l.styles()) if (s.isDefault()) return s;
            return l.styles().get(0);
        }
        return null;
    }
}
