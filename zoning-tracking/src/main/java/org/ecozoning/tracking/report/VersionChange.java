package org.ecozoning.tracking.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;

/**
 * A change of the scheme between two published versions, as counted by the store's diff
 * ("units.added" → 3 …), for the "changes between versions" section of the reports.
 */
public record VersionChange(long fromId, String fromName, long toId, String toName, LocalDate effective, Map<String, Integer> summary) {

    /** The changes between consecutive published versions whose effective date lies in {@code from..to}. */
    public static List<VersionChange> between(SchemeStore store, LocalDate from, LocalDate to) {
        List<SchemeVersion> published = new ArrayList<>(store.versions().stream().filter(SchemeVersion::wasPublished)
                .sorted(Comparator.comparing(SchemeVersion::effectiveDate).thenComparing(SchemeVersion::publishedAt)).toList());
        List<VersionChange> out = new ArrayList<>();
        for (int i = 1; i < published.size(); i++) {
            SchemeVersion a = published.get(i - 1);
            SchemeVersion b = published.get(i);
            if (b.effectiveDate().isBefore(from) || b.effectiveDate().isAfter(to)) continue;
            out.add(new VersionChange(a.id(), a.name(), b.id(), b.name(), b.effectiveDate(), store.diff(a.id(), b.id()).summary()));
        }
        return out;
    }

    /** Total number of changes. */
    public int total() { return summary.values().stream().mapToInt(Integer::intValue).sum(); }
}
