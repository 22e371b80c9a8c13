package org.ecozoning.tracking.supervision;

import java.util.List;
import java.util.Set;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.Verdict;
import org.ecozoning.scheme.County;

/**
 * How a supervision run judges changes and matches them with saved assessments.
 *
 * @param defaultIndustry      GB/T 4754 code assumed for a change that names none ("47" 房屋建筑业)
 * @param nature               construction nature assumed for changes
 * @param caseVerdicts         engine verdicts that count as "breaks a rule"
 * @param approvedVerdicts     saved-assessment verdicts that count as an approved project
 * @param matchMeters          an assessment matches when its site is within this distance of the change
 * @param daysBefore           … and it was saved at most this many days before the detection
 * @param daysAfter            … or at most this many days after it
 * @param batchSize            cases opened per transaction
 * @param counties             county boundaries for the engines (may be empty)
 * @param fallbackRules        rules for a version that has no rules document stored, or null
 * @param defaultSource        source assumed for a change that names none, or null to reject such changes
 */
public record SupervisionOptions(String defaultIndustry, ProjectNature nature, Set<Verdict> caseVerdicts, Set<String> approvedVerdicts,
        double matchMeters, int daysBefore, int daysAfter, int batchSize, List<County> counties, RuleSet fallbackRules, String defaultSource) {
    public SupervisionOptions {
        caseVerdicts = Set.copyOf(caseVerdicts);
        approvedVerdicts = Set.copyOf(approvedVerdicts);
        counties = List.copyOf(counties);
        if (matchMeters < 0 || daysBefore < 0 || daysAfter < 0 || batchSize < 1) throw new IllegalArgumentException("invalid supervision options");
    }

    public static SupervisionOptions defaults() {
        return new SupervisionOptions("47", ProjectNature.NEW, Set.of(Verdict.PROHIBITED, Verdict.RESTRICTED),
                Set.of("COMPLIANT", "CONDITIONAL", "RESTRICTED"), 200, 3 * 365, 90, 500, List.of(), null, null);
    }

    public SupervisionOptions withCounties(List<County> cs) {
        return new SupervisionOptions(defaultIndustry, nature, caseVerdicts, approvedVerdicts, matchMeters, daysBefore, daysAfter, batchSize, cs,
                fallbackRules, defaultSource);
    }

    public SupervisionOptions withFallbackRules(RuleSet r) {
        return new SupervisionOptions(defaultIndustry, nature, caseVerdicts, approvedVerdicts, matchMeters, daysBefore, daysAfter, batchSize, counties,
                r, defaultSource);
    }

    public SupervisionOptions withMatch(double meters, int before, int after) {
        return new SupervisionOptions(defaultIndustry, nature, caseVerdicts, approvedVerdicts, meters, before, after, batchSize, counties,
                fallbackRules, defaultSource);
    }
}
