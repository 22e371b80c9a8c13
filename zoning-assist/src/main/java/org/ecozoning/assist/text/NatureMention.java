package org.ecozoning.assist.text;

import org.ecozoning.rules.ProjectNature;

/** A word in the text that states a construction nature, e.g. 技改 → REBUILD, with its offsets. */
public record NatureMention(ProjectNature nature, String word, int start, int end) { }
