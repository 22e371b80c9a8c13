package org.ecozoning.render.sld;

import java.util.List;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.filter.Expression;

/**
 * The content of an SLD {@code Label}: literal text and property values concatenated in order.
 * Whole numbers print without a decimal part.
 */
public record LabelText(List<Expression> parts) {
    public LabelText {
        parts = List.copyOf(parts);
    }

    /** The label of a feature; empty when every property is null. */
    public String evaluate(Feature feature) {
        if (parts.size() == 1) return format(parts.get(0).evaluate(feature));
        StringBuilder sb = new StringBuilder();
        for (Expression e : parts) sb.append(format(e.evaluate(feature)));
        return sb.toString();
    }

    private static String format(Object v) {
        if (v == null) return "";
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        if (v instanceof Float f && f == Math.rint(f) && Math.abs(f) < 1e7) return Long.toString(f.longValue());
        return v.toString();
    }
}
