package org.ecozoning.render.sld;

import java.util.List;

/** A {@code FeatureTypeStyle}: one drawing pass of rules over a layer's features. */
public record FeatureTypeStyle(String name, List<Rule> rules) {
    public FeatureTypeStyle {
        rules = List.copyOf(rules);
    }
}
