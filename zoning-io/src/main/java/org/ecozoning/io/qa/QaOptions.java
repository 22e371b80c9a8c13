package org.ecozoning.io.qa;

/**
 * Thresholds and severities of the spatial QA checks.
 *
 * @param overlapToleranceM2 overlaps between two units smaller than this are ignored
 * @param overlapSeverity    severity of a reported overlap (units of a county must not overlap)
 * @param gapToleranceM2     uncovered parts of a county smaller than this are ignored
 * @param gapMinWidthM       uncovered parts narrower than this (mean width 2·area/perimeter) are
 *                           ignored when measured against a county boundary from data, whose own
 *                           precision is about 100 m (slivers along the border are not gaps)
 * @param gapSeverity        severity of a reported gap
 * @param maxIssuesPerCheck  at most this many issues per spatial check, then one summary issue
 */
public record QaOptions(double overlapToleranceM2, Severity overlapSeverity, double gapToleranceM2, double gapMinWidthM,
                        Severity gapSeverity, int maxIssuesPerCheck) {
    /** 100 m² overlaps, 1 ha gaps at least 250 m wide against county boundaries; 500 issues per check. */
    public static QaOptions defaults() {
        return new QaOptions(100, Severity.ERROR, 10_000, 250, Severity.WARNING, 500);
    }
}
