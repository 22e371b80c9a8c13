package org.ecozoning.assist.search;

import java.util.List;

/** A page of search results: the total number of matching clauses and the hits from {@code offset}. */
public record ClausePage(long total, int offset, int limit, List<ClauseHit> hits) {
    public ClausePage {
        hits = List.copyOf(hits);
    }
}
