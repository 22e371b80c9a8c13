package org.ecozoning.assist.terms;

/**
 * A term of the list found in a text: the words as written, their entry and offsets (in the
 * normalised text), whether they follow a secondary marker (配套, 附属 …) and whether a negation
 * (不含, 无 …) precedes them.
 */
public record TermHit(String surface, TermEntry entry, int start, int end, boolean secondary, boolean negated) { }
