package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ecozoning.compliance.AssessmentReport.MeasureKind;
import org.junit.jupiter.api.Test;

class FormattingTest {
    @Test
    void groupsThousandsLikeTheJdkFormatter() {
        for (long v : new long[] {0, 7, 999, 1000, 12345, 999_999, 1_000_000, 9_000_000, 1_234_567_890L, -4_500}) {
            assertThat(RuleEvaluator.grouped(v)).as("%d", v).isEqualTo(String.format(Locale.ROOT, "%,d", v));
        }
        assertThat(RuleEvaluator.overlap(4_499_995.4, MeasureKind.AREA)).isEqualTo("4,499,995 m²");
        assertThat(RuleEvaluator.overlap(8_790.6, MeasureKind.LENGTH)).isEqualTo("8,791 m");
        assertThat(RuleEvaluator.overlap(3, MeasureKind.POINTS)).isEmpty();
    }

    @Test
    void formatsPercentagesWithOneDecimal() {
        assertThat(RuleEvaluator.pct(1.0)).isEqualTo("100.0%");
        assertThat(RuleEvaluator.pct(0.5)).isEqualTo("50.0%");
        assertThat(RuleEvaluator.pct(0.123456)).isEqualTo("12.3%");
        assertThat(RuleEvaluator.pct(0.0004)).isEqualTo("0.0%");
        assertThat(RuleEvaluator.pct(1.0 / 3)).isEqualTo("33.3%");
    }
}
