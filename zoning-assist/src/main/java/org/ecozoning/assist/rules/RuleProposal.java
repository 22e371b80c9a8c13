package org.ecozoning.assist.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ecozoning.model.Dimension;
import org.ecozoning.rules.AttributeSpec;
import org.ecozoning.rules.IndustryMatcher;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Rule;
import org.ecozoning.rules.RuleFlag;
import org.ecozoning.rules.SpatialScope;
import org.ecozoning.rules.Verdict;

/**
 * A machine rule proposed for one access-list clause, expressed with the engine's own rule types
 * (verdict, {@link IndustryMatcher}, natures, {@link org.ecozoning.rules.AttributeCondition}s,
 * {@link SpatialScope}) so that {@link #toRule()} gives the {@link Rule} to run once staff accept
 * it. Every field carries the words it was read from, for the reviewer. A proposal never runs by
 * itself: only an accepted {@link ProposalReview} yields a rule.
 *
 * @param proposalId     stable id: clause id + "#" + position in the clause
 * @param ruleId         the id the accepted rule will carry ({@code AP-} + clause id + position)
 * @param segment        the part of the clause this proposal reads (a sentence or clause part)
 * @param verdictCue     the word that decided the verdict (禁止, 限制, 应 …)
 * @param included       codes the rule includes, with the clause words that named them
 * @param excluded       codes excluded ("与供水设施无关的" → 4610, 4821 excluded)
 * @param natureWords    words that set the natures (empty: any nature)
 * @param scopeBasis     why the scope is what it is, in Chinese ("文中区域：太原盆地", "单元本身")
 * @param scopeWidened   true when the scope is wider than the clause (the rules model has no
 *                       per-unit or per-city scope yet): the reviewer must check it
 * @param attributes     declarations of the attributes the conditions test
 * @param confidence     0..1, how complete the reading is (cue, industries, scope, nature found)
 * @param warnings       what the reviewer should check, "中文 / English"
 */
public record RuleProposal(
        String proposalId,
        String ruleId,
        String clauseId,
        Dimension dimension,
        String segment,
        String clauseText,
        Verdict verdict,
        String verdictCue,
        Set<RuleFlag> flags,
        IndustryMatcher industries,
        List<ProposedIndustry> included,
        List<ProposedIndustry> excluded,
        Set<ProjectNature> natures,
        List<String> natureWords,
        List<ProposedCondition> conditions,
        SpatialScope scope,
        List<String> scopeBasis,
        boolean scopeWidened,
        List<AttributeSpec> attributes,
        double confidence,
        String termsVersion,
        List<String> warnings) {

    public RuleProposal {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(industries, "industries");
        Objects.requireNonNull(scope, "scope");
        flags = Set.copyOf(flags);
        included = List.copyOf(included);
        excluded = List.copyOf(excluded);
        natures = Set.copyOf(natures);
        natureWords = List.copyOf(natureWords);
        conditions = List.copyOf(conditions);
        scopeBasis = List.copyOf(scopeBasis);
        attributes = List.copyOf(attributes);
        warnings = List.copyOf(warnings);
    }

    /** The rule this proposal becomes when accepted as it is (natures empty = any nature). */
    public Rule toRule() {
        String title = segment.length() > 60 ? segment.substring(0, 59) + "…" : segment;
        String note = "由清单条款 " + clauseId + " 自动提议（术语表 " + termsVersion + "）；行业依据：" + describeIndustries()
                + (scopeWidened ? "；空间范围已放宽，需复核" : "");
        return new Rule(ruleId, title, "Proposed from access-list clause " + clauseId, "", dimension, verdict, flags, scope,
                industries, natures, conditions.stream().map(ProposedCondition::condition).toList(), segment, "", note);
    }

    private String describeIndustries() {
        if (industries.any() && excluded.isEmpty()) return "任意行业";
        StringBuilder b = new StringBuilder();
        for (ProposedIndustry i : included) b.append(i.code()).append(' ').append(i.nameZh()).append(i.terms()).append(' ');
        for (ProposedIndustry i : excluded) b.append("除 ").append(i.code()).append(' ').append(i.nameZh()).append(i.terms()).append(' ');
        return b.toString().trim();
    }
}
