package org.ecozoning.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ecozoning.model.Dimension;

/**
 * One machine rule of the access list, read from the rule file: where it applies, to which
 * industries, natures and attribute values, and what it decides. Rules are data; the engine
 * interprets them and never names a rule id in code.
 */
public record Rule(
        String id,
        String titleZh,
        String titleEn,
        String section,
        Dimension dimension,
        Verdict verdict,
        Set<RuleFlag> flags,
        SpatialScope scope,
        IndustryMatcher industries,
        Set<ProjectNature> natures,
        List<AttributeCondition> conditions,
        String requirementZh,
        String requirementEn,
        String note) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(industries, "industries");
        Objects.requireNonNull(requirementZh, "requirementZh");
        if (!verdict.isRuleVerdict()) throw new IllegalArgumentException("a rule cannot carry the verdict " + verdict);
        titleEn = titleEn == null ? id : titleEn;
        section = section == null ? "" : section;
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        natures = natures == null || natures.isEmpty() ? Set.of(ProjectNature.values()) : Set.copyOf(natures);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        requirementEn = requirementEn == null ? "" : requirementEn;
        note = note == null ? "" : note;
    }
}
