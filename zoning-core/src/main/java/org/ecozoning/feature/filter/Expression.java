package org.ecozoning.feature.filter;

import org.ecozoning.feature.Feature;

/**
 * A value in a filter: a property of the feature or a literal. Shared by the filter encodings we
 * parse (OGC FES 1.1/2.0 in WFS and SLD, CQL2 in OGC API) and by every source that evaluates them.
 */
public sealed interface Expression permits Expression.Property, Expression.Literal {
    Object evaluate(Feature feature);

    /** A property of the feature by name (the geometry property yields the geometry). */
    record Property(String name) implements Expression {
        @Override public Object evaluate(Feature feature) { return feature.get(name); }
    }

    /** A constant: String, Number, Boolean, a date/time or a JTS geometry. */
    record Literal(Object value) implements Expression {
        @Override public Object evaluate(Feature feature) { return value; }
    }

    static Property property(String name) { return new Property(name); }

    static Literal literal(Object value) { return new Literal(value); }
}
