package org.ecozoning.assist.industry;

import java.util.List;

/**
 * One suggested GB/T 4754-2017 code for a project description: the code (usually a 4-digit
 * class; a division when the text names only a broad sector such as 化工), its name, a confidence
 * in 0..1 and the words of the text that led to it ({@code matchedWords}: curated terms first,
 * then words shared with the class name or note). {@code fromTermList} is false when only the
 * full-text match over the catalog supports it.
 */
public record Suggestion(String code, String nameZh, String levelZh, double confidence, List<String> matchedWords,
                         boolean fromTermList) {
    public Suggestion {
        matchedWords = List.copyOf(matchedWords);
    }

    /** "2521 炼焦 (0.93)". */
    public String label() {
        return code + " " + nameZh + " (" + String.format(java.util.Locale.ROOT, "%.2f", confidence) + ")";
    }
}
