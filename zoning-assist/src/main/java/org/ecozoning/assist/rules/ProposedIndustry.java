package org.ecozoning.assist.rules;

import java.util.List;

/** A code a proposal includes or excludes, with its name and the clause words that named it. */
public record ProposedIndustry(String code, String nameZh, List<String> terms) {
    public ProposedIndustry {
        terms = List.copyOf(terms);
    }
}
