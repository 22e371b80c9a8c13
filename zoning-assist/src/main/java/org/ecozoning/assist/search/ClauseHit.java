package org.ecozoning.assist.search;

import java.util.List;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;

/**
 * One found clause: its identity and facets, the full text, an HTML snippet with the matched words
 * in {@code <em>} (the rest HTML-escaped, safe to insert into a page), the score and the industry
 * codes the term list reads in it.
 */
public record ClauseHit(String clauseId, String version, ListLevel level, String scopeCode, Dimension dimension,
                        String unitCode, String unitClass, String unitName, String cityCode, String text, String snippetHtml,
                        float score, List<String> industryCodes) {
    public ClauseHit {
        industryCodes = List.copyOf(industryCodes);
    }
}
