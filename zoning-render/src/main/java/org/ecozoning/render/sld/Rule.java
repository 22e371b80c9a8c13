package org.ecozoning.render.sld;

import java.util.List;
import org.ecozoning.feature.filter.Filter;

/**
 * An SLD rule: which features (filter or else-filter) at which scales (min inclusive, max
 * exclusive, as SLD defines) are drawn with which symbolizers. Title (else name) is the legend text.
 *
 * @param filter the rule's filter, {@link Filter#INCLUDE} when it has none
 * @param elseFilter true for an {@code ElseFilter} rule: it applies to features that no other
 *     (non-else) rule of the same feature type style, active at the current scale, matched
 * @param minScale the MinScaleDenominator, 0 when absent
 * @param maxScale the MaxScaleDenominator, positive infinity when absent
 */
public record Rule(String name, String title, String abstractText, Filter filter, boolean elseFilter,
        double minScale, double maxScale, List<Symbolizer> symbolizers) {
    public Rule {
        if (filter == null) filter = Filter.INCLUDE;
        symbolizers = List.copyOf(symbolizers);
    }

    /** Whether the rule is active at a scale denominator. */
    public boolean appliesAt(double scaleDenominator) {
        return scaleDenominator >= minScale && scaleDenominator < maxScale;
    }

    /** The text a legend shows: title, else name, else an empty string. */
    public String legendLabel() {
        if (title != null && !title.isBlank()) return title;
        return name == null ? "" : name;
    }
}
