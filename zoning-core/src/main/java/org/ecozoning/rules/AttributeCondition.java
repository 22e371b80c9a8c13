package org.ecozoning.rules;

import java.util.Objects;

/** A test on a numeric project attribute, e.g. {@code capacityMW < 300}. */
public record AttributeCondition(String attribute, Operator op, double value, MissingPolicy ifMissing) {
    public AttributeCondition {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(op, "op");
        ifMissing = ifMissing == null ? MissingPolicy.NO_MATCH : ifMissing;
    }

    /** "capacityMW < 300" */
    public String describe() {
        return attribute + " " + op.symbol() + " " + fmt(value);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
