package org.ecozoning.store;

import java.time.Instant;

/**
 * Filters for listing saved assessments; a null filter matches everything. The year is the
 * calendar year of saving in the store's time zone (Asia/Shanghai by default); {@code from}
 * (inclusive) and {@code to} (exclusive) bound the time of saving; {@code actor} is the user name
 * that made the assessment ("anonymous" for the public). Results come newest first,
 * {@code limit} at most (1..1000), after skipping {@code offset}.
 */
public record AssessmentQuery(Integer year, String countyCode, String verdict, Long versionId, String actor, Instant from, Instant to,
        int limit, int offset) {
    public AssessmentQuery {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit 须在 1..1000 之间 / limit must be 1..1000, got " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset 不能为负 / offset must not be negative");
    }

    /** Everything, the first 100. */
    public static AssessmentQuery all() { return new AssessmentQuery(null, null, null, null, null, null, null, 100, 0); }

    public AssessmentQuery year(Integer y) { return new AssessmentQuery(y, countyCode, verdict, versionId, actor, from, to, limit, offset); }

    public AssessmentQuery county(String c) { return new AssessmentQuery(year, c, verdict, versionId, actor, from, to, limit, offset); }

    public AssessmentQuery verdict(String v) { return new AssessmentQuery(year, countyCode, v, versionId, actor, from, to, limit, offset); }

    public AssessmentQuery version(Long id) { return new AssessmentQuery(year, countyCode, verdict, id, actor, from, to, limit, offset); }

    /** Only the assessments made by this user name. */
    public AssessmentQuery actor(String a) { return new AssessmentQuery(year, countyCode, verdict, versionId, a, from, to, limit, offset); }

    /** Only those saved in {@code [newFrom, newTo)}; either bound may be null. */
    public AssessmentQuery between(Instant newFrom, Instant newTo) {
        return new AssessmentQuery(year, countyCode, verdict, versionId, actor, newFrom, newTo, limit, offset);
    }

    public AssessmentQuery page(int newLimit, int newOffset) {
        return new AssessmentQuery(year, countyCode, verdict, versionId, actor, from, to, newLimit, newOffset);
    }
}
