package org.ecozoning.tracking.monitoring;

/** What to do with the good rows of an input that also has bad ones; the user chooses. */
public enum ImportMode {
    /** Import the good rows, report the bad ones. */
    PARTIAL,
    /** Import nothing when any row is bad; report every bad row. */
    ALL_OR_NOTHING
}
