package org.ecozoning.assist.rules;

import java.time.Instant;

/** One audited step of a review: the state reached, who, when and why. */
public record ReviewEvent(ReviewState state, String actor, Instant at, String reason) { }
