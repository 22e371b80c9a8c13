package org.ecozoning.store.diff;

import org.ecozoning.model.Clause;

/**
 * How one access-list clause differs: {@link ChangeKind#ADDED}, {@link ChangeKind#REMOVED} or
 * {@link ChangeKind#CHANGED}, with both sides (null where absent).
 */
public record ClauseChange(String id, ChangeKind kind, Clause before, Clause after) {}
