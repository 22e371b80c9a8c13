package org.ecozoning.assist.industry;

/**
 * Tuning of {@link IndustrySuggester}: how many suggestions to return, the confidence a best
 * suggestion needs to count as confident, and the longest description accepted (longer ones get
 * {@link SuggestStatus#TOO_LONG} without being analysed).
 */
public record SuggesterOptions(int maxSuggestions, double minConfidence, int maxLength) {
    /** 5 suggestions, threshold 0.5, at most 2,000 characters. */
    public static final SuggesterOptions DEFAULTS = new SuggesterOptions(5, 0.5, 2000);

    public SuggesterOptions {
        if (maxSuggestions < 1 || maxSuggestions > 50) throw new IllegalArgumentException("maxSuggestions must be 1..50");
        if (!(minConfidence >= 0 && minConfidence <= 1)) throw new IllegalArgumentException("minConfidence must be in 0..1");
        if (maxLength < 1) throw new IllegalArgumentException("maxLength must be positive");
    }

    public SuggesterOptions withMaxLength(int n) { return new SuggesterOptions(maxSuggestions, minConfidence, n); }

    public SuggesterOptions withMaxSuggestions(int n) { return new SuggesterOptions(n, minConfidence, maxLength); }

    public SuggesterOptions withMinConfidence(double c) { return new SuggesterOptions(maxSuggestions, c, maxLength); }
}
