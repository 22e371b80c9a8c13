package org.ecozoning.tracking.supervision;

/**
 * Filters for listing cases (null matches everything); newest detection first, then id;
 * {@code limit} 1..10000 after skipping {@code offset}.
 */
public record CaseQuery(CaseStatus status, String countyCode, Integer year, int limit, int offset) {
    public CaseQuery {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit 须在 1..10000 之间 / limit must be 1..10000");
        if (offset < 0) throw new IllegalArgumentException("offset 不能为负 / offset must not be negative");
    }

    public static CaseQuery all() { return new CaseQuery(null, null, null, 1000, 0); }

    public CaseQuery status(CaseStatus s) { return new CaseQuery(s, countyCode, year, limit, offset); }

    public CaseQuery county(String c) { return new CaseQuery(status, c, year, limit, offset); }

    /** Cases of changes detected in {@code y}. */
    public CaseQuery year(Integer y) { return new CaseQuery(status, countyCode, y, limit, offset); }

    public CaseQuery page(int l, int o) { return new CaseQuery(status, countyCode, year, l, o); }
}
