package org.ecozoning.compliance;

/**
 * Limits of the compliance engine. {@code maxVertices}: sites with more vertices are refused (a
 * guard against pasted data sets); {@code swapCheckMarginDegrees}: how far beyond the scheme's
 * extent a site may lie before its axes are suspected to be swapped.
 */
public record EngineOptions(int maxVertices, double swapCheckMarginDegrees) {
    public static final EngineOptions DEFAULTS = new EngineOptions(20_000, 1.0);

    public EngineOptions {
        if (maxVertices < 1) throw new IllegalArgumentException("maxVertices must be positive");
        if (!(swapCheckMarginDegrees >= 0)) throw new IllegalArgumentException("swapCheckMarginDegrees must be >= 0");
    }

    public EngineOptions withMaxVertices(int n) { return new EngineOptions(n, swapCheckMarginDegrees); }
}
