package org.ecozoning.io.qa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The QA report of one import, built before anything is written: the list of issues in the order
 * they were found. Errors stop the import (the report is shown instead); warnings are kept with the
 * stored version. Thread-safe for adding.
 */
public final class QaReport {
    private final List<QaIssue> issues = Collections.synchronizedList(new ArrayList<>());

    public QaReport() { }

    public QaReport(Collection<QaIssue> issues) { this.issues.addAll(issues); }

    public void add(QaIssue issue) { issues.add(issue); }

    public void addAll(Collection<QaIssue> more) { issues.addAll(more); }

    /** All issues, in order. */
    public List<QaIssue> issues() {
        synchronized (issues) {
            return List.copyOf(issues);
        }
    }

    public List<QaIssue> errors() { return issues().stream().filter(i -> i.severity() == Severity.ERROR).toList(); }

    public List<QaIssue> warnings() { return issues().stream().filter(i -> i.severity() == Severity.WARNING).toList(); }

    public boolean hasErrors() { return issues().stream().anyMatch(i -> i.severity() == Severity.ERROR); }

    /** Issues of one code. */
    public List<QaIssue> byCode(IssueCode code) { return issues().stream().filter(i -> i.code() == code).toList(); }

    /** Number of issues per code, in code order. */
    public Map<IssueCode, Integer> counts() {
        Map<IssueCode, Integer> m = new EnumMap<>(IssueCode.class);
        for (QaIssue i : issues()) m.merge(i.code(), 1, Integer::sum);
        return m;
    }

    /** The report as JSON (see {@link QaReportRenderer#json}). */
    public String toJson() { return QaReportRenderer.json(this); }

    /** The report as Markdown (see {@link QaReportRenderer#markdown}). */
    public String toMarkdown() { return QaReportRenderer.markdown(this); }

    /** The report as plain text lines. */
    public String toText() { return QaReportRenderer.text(this); }

    @Override
    public String toString() { return toText(); }
}
