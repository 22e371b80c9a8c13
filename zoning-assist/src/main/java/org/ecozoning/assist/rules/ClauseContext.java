package org.ecozoning.assist.rules;

import java.util.Objects;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.scheme.Scheme;

/**
 * A clause with what the proposer needs to know about where it was issued: for a unit clause the
 * unit's class and subtype (its "the unit itself" scope), for any clause its city. Build from a
 * {@link Scheme} with {@link #of(Clause, Scheme)} or directly.
 */
public record ClauseContext(Clause clause, UnitClass unitClass, UnitSubtype unitSubtype, String unitName, String cityCode) {
    public ClauseContext {
        Objects.requireNonNull(clause, "clause");
    }

    /** A clause without unit information (province and city clauses, or a unit the caller does not know). */
    public static ClauseContext of(Clause clause) {
        return new ClauseContext(clause, null, null, null, null);
    }

    /** The clause with its unit looked up in {@code scheme} (when it is a unit clause). */
    public static ClauseContext of(Clause clause, Scheme scheme) {
        ControlUnit u = scheme.unit(clause.scopeCode()).orElse(null);
        if (u == null) {
            String city = clause.scopeCode().length() == 6 && !clause.scopeCode().endsWith("0000") ? clause.scopeCode() : null;
            return new ClauseContext(clause, null, null, null, city);
        }
        return new ClauseContext(clause, u.unitClass(), u.subtype(), u.name(), u.cityCode());
    }
}
