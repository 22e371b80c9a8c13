package org.ecozoning.assist.industry;

import java.util.List;
import java.util.Optional;
import org.ecozoning.assist.text.ParsedProject;

/**
 * The answer to one description: a status, the ranked suggestions (possibly below the threshold
 * when the status is {@link SuggestStatus#NO_CONFIDENT_SUGGESTION}: show them as "low confidence"
 * or not at all, never pick one silently), what the parser read (nature, quantities), a message
 * in Chinese and English, and the term list version used.
 */
public record SuggestionResult(SuggestStatus status, List<Suggestion> suggestions, ParsedProject parsed,
                               String messageZh, String messageEn, String termsVersion, double threshold) {
    public SuggestionResult {
        suggestions = List.copyOf(suggestions);
    }

    /** The best suggestion if it is confident (status OK), else empty: what WPS may use when no industry is given. */
    public Optional<Suggestion> confident() {
        return status == SuggestStatus.OK && !suggestions.isEmpty() ? Optional.of(suggestions.get(0)) : Optional.empty();
    }

    /** The codes in rank order. */
    public List<String> codes() { return suggestions.stream().map(Suggestion::code).toList(); }
}
