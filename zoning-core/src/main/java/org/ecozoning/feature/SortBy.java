package org.ecozoning.feature;

/** One key of a sort order: a property name and a direction. */
public record SortBy(String property, boolean ascending) {}
