package org.ecozoning.render.sld;

import java.util.List;

/**
 * A {@code NamedLayer} or {@code UserLayer} of an SLD document: the layer it styles, references to
 * server-side styles ({@code NamedStyle}) and inline user styles. WMS uses it for SLD/SLD_BODY.
 */
public record StyledLayer(String name, boolean userLayer, List<String> namedStyles, List<Style> styles) {
    public StyledLayer {
        namedStyles = List.copyOf(namedStyles);
        styles = List.copyOf(styles);
    }
}
