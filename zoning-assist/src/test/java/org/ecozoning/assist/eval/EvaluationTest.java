package org.ecozoning.assist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecozoning.assist.industry.IndustrySuggester;
import org.ecozoning.assist.rules.ClauseRuleProposer;
import org.ecozoning.industry.IndustryCatalog;
import org.junit.jupiter.api.Test;

/**
 * Guards the accuracy recorded in docs/ASSIST.md: the tests fail when the suggester or the
 * proposer falls below the recorded level (floors set a little under the measured figures).
 */
class EvaluationTest {
    private static final IndustrySuggester SUGGESTER = IndustrySuggester.shipped();

    @Test
    void evaluationSetsAreLargeEnoughAndUseRealCodes() throws Exception {
        List<DescriptionEvaluation.Case> cases = DescriptionEvaluation.load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        IndustryCatalog cat = IndustryCatalog.gbt4754();
        for (DescriptionEvaluation.Case c : cases) {
            assertThat(cat.contains(c.code())).as(c.id() + " " + c.code()).isTrue();
            c.alternatives().forEach(a -> assertThat(cat.contains(a)).as(c.id() + " " + a).isTrue());
        }
        assertThat(cases.stream().map(DescriptionEvaluation.Case::id).distinct().count()).isEqualTo(cases.size());
        List<String> misses = new ArrayList<>();
        var r = ClauseEvaluation.run(ClauseRuleProposer.shipped(), misses);
        int clauses = r.get("all").get("rule").tp + r.get("all").get("rule").fn;
        assertThat(clauses).as("expected rules").isGreaterThanOrEqualTo(80);
    }

    @Test
    void industrySuggestionsMeetTheRecordedAccuracy() throws Exception {
        Map<String, DescriptionEvaluation.Score> s = DescriptionEvaluation.run(SUGGESTER, DescriptionEvaluation.load());
        DescriptionEvaluation.Score all = s.get("all"), holdout = s.get("holdout");
        assertThat(all.top1()).as(all.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.top3()).isGreaterThanOrEqualTo(0.96);
        assertThat(holdout.top1()).as(holdout.toString()).isGreaterThanOrEqualTo(0.88);
        assertThat(holdout.top3()).isGreaterThanOrEqualTo(0.92);
        assertThat(all.confidentPrecision()).isGreaterThanOrEqualTo(0.97);
        assertThat(all.nature()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.attributes()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void ruleProposalsMeetTheRecordedPrecisionAndRecall() throws Exception {
        List<String> misses = new ArrayList<>();
        var all = ClauseEvaluation.run(ClauseRuleProposer.shipped(), misses).get("all");
        assertThat(all.get("rule").precision()).as(all.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(all.get("rule").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.get("verdict").precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(all.get("industries").precision()).isGreaterThanOrEqualTo(0.92);
        assertThat(all.get("industries").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.get("natures").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.get("natures").recall()).isGreaterThanOrEqualTo(0.92);
        assertThat(all.get("conditions").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.get("conditions").recall()).isGreaterThanOrEqualTo(0.65);
        assertThat(all.get("scope").precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(all.get("scope").recall()).isGreaterThanOrEqualTo(0.90);
    }
}
