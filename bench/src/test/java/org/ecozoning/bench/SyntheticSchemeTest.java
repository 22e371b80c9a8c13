package org.ecozoning.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.rules.Verdict;
import org.ecozoning.scheme.Scheme;
import org.junit.jupiter.api.Test;

/** The benchmark's inputs are what they claim to be (on a smaller scheme, to stay fast). */
class SyntheticSchemeTest {
    @Test
    void benchmarkInputsHaveTheAdvertisedSizes() {
        var catalog = IndustryCatalog.gbt4754();
        var rules = new RuleSetLoader(catalog).load(ComplianceEngineBenchmark.find("workspace/rules/shanxi-rules.json"));
        Scheme s = SyntheticScheme.build(150, rules, null);
        assertThat(s.units().size()).isBetween(140, 150);
        assertThat(s.zones()).isNotEmpty();
        ComplianceEngine engine = new ComplianceEngine(s, catalog);

        var circle = ComplianceEngineBenchmark.Shapes.circle(112.5, 37.8, 300, 200);
        assertThat(circle.getNumPoints()).isEqualTo(201);
        AssessmentReport r = engine.assess(ComplianceEngineBenchmark.input(circle, "2614"));
        assertThat(r.verdict()).isNotEqualTo(Verdict.OUTSIDE);
        assertThat(r.measure().area()).isCloseTo(Math.PI * 300 * 300, within(Math.PI * 300 * 300 * 0.001));

        var route = ComplianceEngineBenchmark.Shapes.route(112.2, 37.4, 50_000, 500);
        AssessmentReport rr = engine.assess(ComplianceEngineBenchmark.input(route, "4811"));
        assertThat(rr.measure().length()).isCloseTo(50_000, within(5.0));
        assertThat(rr.units().size()).isGreaterThan(1);

        var big = ComplianceEngineBenchmark.Shapes.circle(112.4, 37.6, 6000, 5000);
        assertThat(big.getNumPoints()).isEqualTo(5001);
        AssessmentReport rb = engine.assess(ComplianceEngineBenchmark.input(big, "2614"));
        assertThat(rb.units().stream().mapToDouble(AssessmentReport.UnitHit::share).sum()).isCloseTo(1.0, within(1e-6));
    }
}
