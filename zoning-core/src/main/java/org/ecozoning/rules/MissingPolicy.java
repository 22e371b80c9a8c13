package org.ecozoning.rules;

/**
 * What a condition does when the project does not state the attribute it tests. Either way the
 * report warns that the attribute was needed.
 */
public enum MissingPolicy {
    /** Treat the condition as met (the strict reading: "assume the worst"). */
    MATCH,
    /** Treat the condition as not met. */
    NO_MATCH
}
