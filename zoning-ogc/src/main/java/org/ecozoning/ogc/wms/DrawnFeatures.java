package org.ecozoning.ogc.wms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.render.FilterBinding;
import org.ecozoning.render.sld.FeatureTypeStyle;
import org.ecozoning.render.sld.Rule;
import org.ecozoning.render.sld.Style;
import org.ecozoning.render.sld.Symbolizer;

/**
 * Which features a style actually draws at a scale (labels aside), with the renderer's rule
 * semantics: per feature type style, a feature is drawn by every active rule whose filter matches,
 * and by the active else-rules when no other active rule of that feature type style matched. Used
 * by GetFeatureInfo so that a click reports what the map shows, not what a style filtered out.
 */
final class DrawnFeatures {
    private record Pass(List<Rule> rules) { }

    private DrawnFeatures() { }

    static Predicate<Feature> of(Style style, FeatureType type, double scaleDenominator) {
        List<Pass> passes = new ArrayList<>();
        for (FeatureTypeStyle fts : style.featureTypeStyles()) {
            List<Rule> active = new ArrayList<>();
            for (Rule r : fts.rules()) {
                if (!r.appliesAt(scaleDenominator) || r.symbolizers().isEmpty()) continue;
                active.add(new Rule(r.name(), r.title(), r.abstractText(), FilterBinding.bind(r.filter(), type), r.elseFilter(),
                        r.minScale(), r.maxScale(), r.symbolizers()));
            }
            if (!active.isEmpty()) passes.add(new Pass(active));
        }
        return f -> {
            for (Pass p : passes) if (drawnIn(p, f)) return true;
            return false;
        };
    }

    private static boolean drawnIn(Pass p, Feature f) {
        boolean matched = false;
        for (Rule r : p.rules()) {
            if (r.elseFilter() || !test(r.filter(), f)) continue;
            matched = true;
            if (drawsShapes(r)) return true;
        }
        if (matched) return false;
        for (Rule r : p.rules()) if (r.elseFilter() && drawsShapes(r)) return true;
        return false;
    }

    private static boolean test(Filter filter, Feature f) { return filter instanceof Filter.Include || filter.test(f); }

    /** Whether a rule draws something other than labels. */
    private static boolean drawsShapes(Rule r) {
        for (Symbolizer s : r.symbolizers()) if (!(s instanceof Symbolizer.Text)) return true;
        return false;
    }
}
