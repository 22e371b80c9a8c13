package org.ecozoning.tracking.report;

import java.util.Objects;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.tracking.monitoring.YearlyStatistics;
import org.ecozoning.tracking.supervision.CaseStore;

/**
 * What the reports are made from: the scheme (names, county map), the monitoring statistics,
 * the store (saved assessments, versions and their diffs) and the supervision cases.
 *
 * @param authority the department that files the report, e.g. "山西省生态环境厅"
 */
public record ReportSources(String authority, Scheme scheme, YearlyStatistics statistics, SchemeStore store, CaseStore cases) {
    public ReportSources {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(cases, "cases");
    }
}
