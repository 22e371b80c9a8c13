package org.ecozoning.render.sld;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code UserStyle}: what the renderer draws a layer with and the legend lists. Feature type
 * styles are drawn one after the other, each over the previous one.
 */
public record Style(String name, String title, String abstractText, boolean isDefault,
        List<FeatureTypeStyle> featureTypeStyles) {
    public Style {
        featureTypeStyles = List.copyOf(featureTypeStyles);
    }

    /** All rules of all feature type styles, in drawing order. */
    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        for (FeatureTypeStyle f : featureTypeStyles) out.addAll(f.rules());
        return out;
    }
}
