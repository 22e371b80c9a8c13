package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecozoning.rules.ProjectNature.NEW;
import static org.ecozoning.testing.TestScheme.U6_GENERAL;

import java.util.List;
import org.ecozoning.compliance.AssessmentReport.ClauseEntry;
import org.ecozoning.compliance.AssessmentReport.DimensionVerdict;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.rules.Verdict;
import org.ecozoning.testing.Sites;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Test;

/** Province → city → unit clauses of touched units are all shown; the strictest wins. */
class ClausesTest {
    static final ComplianceEngine ENGINE = new ComplianceEngine(TestScheme.scheme(), TestScheme.catalog());

    @Test
    void allLevelsAreShownInOrderAndTheStrictestDecides() {
        // new steel in the general unit U6 (inside the Fen valley): province says PROHIBITED, unit says COMPLIANT
        AssessmentReport r = ENGINE.assess(Sites.input(112.60, 37.95, "3120", NEW));
        assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(r.clauses()).extracting(ClauseEntry::id)
                .containsExactly("P-01", "P-02", "P-03", "C-140100-01", "U-" + U6_GENERAL + "-01");
        assertThat(r.clauses()).extracting(ClauseEntry::level)
                .containsExactly(ListLevel.PROVINCE, ListLevel.PROVINCE, ListLevel.PROVINCE, ListLevel.CITY, ListLevel.UNIT);
        ClauseEntry steel = clause(r, "P-01");
        assertThat(steel.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(steel.firedRuleIds()).containsExactly("STEEL");
        assertThat(steel.decisive()).isTrue();
        ClauseEntry unit = clause(r, "U-" + U6_GENERAL + "-01");
        assertThat(unit.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(unit.decisive()).isFalse();
        assertThat(unit.scopeName()).isEqualTo("小店区一般管控单元");
        ClauseEntry city = clause(r, "C-140100-01");
        assertThat(city.verdict()).isNull(); // TY-COKE did not fire: a requirement to observe
        assertThat(city.scopeName()).isEqualTo("太原市");
        assertThat(clause(r, "P-03").ruleIds()).isEmpty();

        DimensionVerdict layout = dimension(r, Dimension.SPATIAL_LAYOUT);
        assertThat(layout.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(layout.ruleIds()).containsExactly("STEEL");
        assertThat(layout.clauseIds()).containsExactly("P-01");
        assertThat(dimension(r, Dimension.POLLUTANT_EMISSION).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(r.dimensions()).hasSize(4);
        assertThat(r.summaryZh()).contains("禁止").contains("STEEL");
    }

    @Test
    void clausesOfEveryTouchedUnitAndCityAreCollected() {
        // a 2 km square on the corner of U2/U3/U5/U6 touches four units of one city
        AssessmentReport r = ENGINE.assess(Sites.at(Sites.square(112.50, 37.90, 2000), "6513", NEW).build());
        List<String> ids = r.clauses().stream().map(ClauseEntry::id).toList();
        assertThat(ids).contains("U-" + TestScheme.U5_URBAN + "-01", "U-" + U6_GENERAL + "-01", "C-140100-01").doesNotContain("C-141000-01");
        assertThat(ids.stream().filter(i -> i.startsWith("C-")).count()).isEqualTo(1);
        // a site in Jixian gets the Linfen city clause instead
        AssessmentReport jixian = ENGINE.assess(Sites.input(110.55, 36.10, "6513", NEW));
        assertThat(jixian.clauses()).extracting(ClauseEntry::id).contains("C-141000-01").doesNotContain("C-140100-01");
    }

    @Test
    void aClauseLinkedToSeveralRulesTakesTheWorstThatFired() {
        AssessmentReport r = ENGINE.assess(Sites.input(112.35, 37.85, "7010", NEW)); // red line: REDLINE + PRIORITY fire
        ClauseEntry c = clause(r, "U-" + TestScheme.U1_REDLINE + "-01");
        assertThat(c.firedRuleIds()).containsExactlyInAnyOrder("PRIORITY-REDLINE", "PRIORITY");
        assertThat(c.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(c.decisive()).isTrue();
    }

    private static ClauseEntry clause(AssessmentReport r, String id) {
        return r.clauses().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static DimensionVerdict dimension(AssessmentReport r, Dimension d) {
        return r.dimensions().stream().filter(x -> x.dimension() == d).findFirst().orElseThrow();
    }
}
