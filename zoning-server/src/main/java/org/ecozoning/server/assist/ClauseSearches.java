package org.ecozoning.server.assist;

import org.ecozoning.assist.search.ClausePage;
import org.ecozoning.assist.search.ClauseQuery;
import org.ecozoning.assist.search.ClauseRecord;
import org.ecozoning.assist.search.ClauseSearch;
import org.ecozoning.scheme.Scheme;

/**
 * Full-text search over the clauses of the scheme in force: the index is built lazily on the first
 * search after a version comes into force (one index per loaded scheme, replaced when the scheme
 * object changes), and every query is restricted to that version.
 */
public final class ClauseSearches {
    private Scheme indexed;
    private ClauseSearch search;

    /**
     * @param query the query; its version is replaced by the version in force
     * @param current the scheme in force (as the caller saw it)
     * @return the page of hits
     */
    public ClausePage search(Scheme current, ClauseQuery query) {
        ClauseSearch s = indexFor(current);
        ClauseQuery q = new ClauseQuery(query.text(), current.version(), query.unitCode(), query.unitClass(), query.dimension(),
                query.cityCode(), query.level(), query.industryCode(), query.offset(), query.limit());
        return s.search(q);
    }

    private synchronized ClauseSearch indexFor(Scheme current) {
        if (indexed != current) {
            search = ClauseSearch.build(ClauseRecord.of(current, current.version()));
            indexed = current;
        }
        return search;
    }
}
