package org.ecozoning.assist.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.assist.AssistException;
import org.ecozoning.assist.text.AssistAttributes;
import org.ecozoning.rules.AttributeCondition;
import org.ecozoning.rules.AttributeSpec;
import org.ecozoning.rules.Rule;
import org.ecozoning.rules.RuleSet;

/**
 * Builds the rule set the engine runs from the hand-written rules plus the accepted proposals:
 * rejected and pending proposals are left out, attributes the accepted rules test are declared
 * from {@link AssistAttributes}, and a clash of rule ids is refused.
 */
public final class AcceptedRules {
    private AcceptedRules() { }

    /** {@code base} with the accepted rules of {@code reviews} appended (version gets a "+assist" suffix). */
    public static RuleSet merge(RuleSet base, Collection<ProposalReview> reviews) {
        List<Rule> rules = new ArrayList<>(base.rules());
        Map<String, AttributeSpec> attrs = new LinkedHashMap<>(base.attributes());
        for (Rule r : ProposalReview.runnableRules(reviews)) {
            if (base.rule(r.id()).isPresent() || rules.stream().anyMatch(x -> x.id().equals(r.id()) && x != r)) {
                throw new AssistException("RULE_ID_CLASH", "规则编号重复：" + r.id(), "duplicate rule id " + r.id());
            }
            for (AttributeCondition c : r.conditions()) {
                if (attrs.containsKey(c.attribute())) continue;
                AttributeSpec spec = AssistAttributes.spec(c.attribute()).orElseThrow(() -> new AssistException("UNKNOWN_ATTRIBUTE",
                        "规则 " + r.id() + " 使用了未声明的属性 " + c.attribute(), "rule " + r.id() + " tests undeclared attribute " + c.attribute()));
                attrs.put(spec.name(), spec);
            }
            rules.add(r);
        }
        return new RuleSet(base.schema(), base.version() + "+assist", base.titleZh(), attrs, rules);
    }
}
