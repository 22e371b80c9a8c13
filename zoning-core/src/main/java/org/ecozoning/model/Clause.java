package org.ecozoning.model;

import java.util.List;
import java.util.Objects;

/**
 * One clause of an access list: its text, dimension, level and the scope it is issued for (the
 * province code, a city code or a unit code). {@code ruleIds} link the clause to the machine rules
 * that enforce it; a clause with no rule is shown in reports as a requirement to observe.
 */
public record Clause(String id, ListLevel level, String scopeCode, Dimension dimension, String text, List<String> ruleIds) {
    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(scopeCode, "scopeCode");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(text, "text");
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }
}
