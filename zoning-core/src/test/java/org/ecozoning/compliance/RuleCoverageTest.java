package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecozoning.rules.ProjectNature.NEW;
import static org.ecozoning.testing.Sites.input;

import java.util.Map;
import org.ecozoning.rules.Rule;
import org.ecozoning.testing.RuleCaseTable;
import org.ecozoning.testing.RuleCaseTable.Case;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Test;

/**
 * One table with, for every rule of the rule file, an input that fires it and a near miss that
 * must not. The table must cover every rule id: adding a rule to the file without a case here
 * fails this test. (RuleCasesTest has the detailed cases and reason texts.)
 */
class RuleCoverageTest {
    /** The shared table (also run through WPS and OGC API – Processes by zoning-ogc). */
    static Map<String, Case> cases() { return RuleCaseTable.cases(); }

    @Test
    void everyRuleHasAFiringCaseAndANearMiss() {
        Map<String, Case> cases = cases();
        assertThat(cases.keySet()).containsExactlyInAnyOrderElementsOf(TestScheme.rules().rules().stream().map(Rule::id).toList());
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            String id = e.getKey();
            assertThat(RuleCasesTest.fired(RuleCasesTest.assess(e.getValue().fires()))).as("%s fires", id).contains(id);
            assertThat(RuleCasesTest.fired(RuleCasesTest.assess(e.getValue().nearMiss()))).as("%s must not fire: %s", id, e.getValue().why())
                    .doesNotContain(id);
        }
    }

    @Test
    void findingsPointToTheirClauses() {
        AssessmentReport r = RuleCasesTest.assess(input(112.35, 37.85, "7010", NEW));
        assertThat(RuleCasesTest.finding(r, "PRIORITY-REDLINE").clauseIds()).containsExactly("U-" + TestScheme.U1_REDLINE + "-01");
        assertThat(RuleCasesTest.finding(r, "PRIORITY").clauseIds()).containsExactly("U-" + TestScheme.U1_REDLINE + "-01");
        AssessmentReport steel = RuleCasesTest.assess(input(110.55, 36.10, "3120", NEW));
        assertThat(RuleCasesTest.finding(steel, "STEEL").clauseIds()).containsExactly("P-01");
    }
}
