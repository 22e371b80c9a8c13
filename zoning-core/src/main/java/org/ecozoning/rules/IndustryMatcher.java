package org.ecozoning.rules;

import java.util.List;

/**
 * Which industries a rule applies to: any industry, or GB/T 4754-2017 codes to include (a project
 * matches when one of them is its own code or an ancestor of it) minus codes to exclude. Codes
 * are validated against the catalog when the rule file is loaded.
 */
public record IndustryMatcher(boolean any, List<String> include, List<String> exclude) {
    public static final IndustryMatcher ANY = new IndustryMatcher(true, List.of(), List.of());

    public IndustryMatcher {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        if (!any && include.isEmpty()) throw new IllegalArgumentException("an industry matcher needs \"any\" or include codes");
    }

    /** Every code the matcher names (include and exclude). */
    public List<String> codes() {
        return java.util.stream.Stream.concat(include.stream(), exclude.stream()).toList();
    }
}
