package org.ecozoning.assist.terms;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the curated term list: surface forms that mean the same thing, the GB/T 4754-2017
 * codes a project so described most likely has (primary first), how specific the words are, and
 * the codes an access-list clause means when it names them ({@code ruleCodes}, minus
 * {@code ruleExclude}).
 */
public record TermEntry(List<String> terms, List<String> codes, double weight, List<String> ruleCodes,
                        List<String> ruleExclude, Use use, String source, String note) {
    /** Where an entry is used. */
    public enum Use { BOTH, SUGGEST, RULES }

    public TermEntry {
        terms = List.copyOf(terms);
        codes = List.copyOf(codes);
        ruleCodes = ruleCodes == null || ruleCodes.isEmpty() ? codes : List.copyOf(ruleCodes);
        ruleExclude = ruleExclude == null ? List.of() : List.copyOf(ruleExclude);
        use = use == null ? Use.BOTH : use;
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        Objects.checkIndex(0, terms.size());
        Objects.checkIndex(0, codes.size());
    }

    /** Whether the suggester uses the entry. */
    public boolean forSuggestions() { return use != Use.RULES; }

    /** Whether the clause proposer uses the entry. */
    public boolean forRules() { return use != Use.SUGGEST; }

    /** The first surface form, used as the entry's name. */
    public String label() { return terms.get(0); }
}
