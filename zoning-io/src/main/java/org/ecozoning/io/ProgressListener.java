package org.ecozoning.io;

/**
 * Receives progress of a long import or export: the phase (e.g. "read", "map", "qa", "write"),
 * the work done and the total ({@code -1} when unknown). Called from the importing thread; keep
 * it cheap.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (phase, done, total) -> { };

    void progress(String phase, long done, long total);
}
