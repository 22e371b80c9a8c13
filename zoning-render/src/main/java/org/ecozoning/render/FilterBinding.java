package org.ecozoning.render;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;

/**
 * Binds a style's filters to a layer: spatial operators that name no geometry (the
 * {@code OgcFilterParser.DEFAULT_GEOMETRY} placeholder) or a property the type does not have (an
 * SLD written for {@code the_geom}) are pointed at the layer's geometry property. Public so that
 * WMS GetFeatureInfo can evaluate rule filters exactly as the renderer does.
 */
public final class FilterBinding {
    private FilterBinding() { }

    public static Filter bind(Filter f, FeatureType type) {
        return switch (f) {
            case Filter.And a -> {
                List<Filter> out = bindAll(a.filters(), type);
                yield out == null ? a : new Filter.And(out);
            }
            case Filter.Or o -> {
                List<Filter> out = bindAll(o.filters(), type);
                yield out == null ? o : new Filter.Or(out);
            }
            case Filter.Not n -> {
                Filter inner = bind(n.filter(), type);
                yield inner == n.filter() ? n : new Filter.Not(inner);
            }
            case Filter.Spatial s -> {
                if (s.property() instanceof Expression.Property p && !p.name().equals(type.geometryName())
                        && type.indexOf(p.name()) < 0) {
                    yield new Filter.Spatial(s.op(), Expression.property(type.geometryName()), s.geometry(), s.distanceMetres());
                }
                yield s;
            }
            default -> f;
        };
    }

    /** The bound list, or null when nothing changed. */
    private static List<Filter> bindAll(List<Filter> in, FeatureType type) {
        List<Filter> out = new ArrayList<>(in.size());
        boolean changed = false;
        for (Filter f : in) {
            Filter b = bind(f, type);
            changed |= b != f;
            out.add(b);
        }
        return changed ? out : null;
    }
}
