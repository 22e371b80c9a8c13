package org.ecozoning.assist.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.rules.ProjectNature;

/**
 * What {@link ProjectTextParser} read from a project description: the construction nature (null
 * when the text states none; {@code natureStated} false when it was only implied by words like
 * 建设), every nature word found, and the quantities with their normalised units.
 */
public record ParsedProject(String normalizedText, ProjectNature nature, boolean natureStated,
                            List<NatureMention> natureMentions, List<Quantity> quantities) {
    public ParsedProject {
        natureMentions = List.copyOf(natureMentions);
        quantities = List.copyOf(quantities);
    }

    /**
     * The quantities as attribute values (first occurrence of each attribute wins), ready for
     * {@code ProjectInput.Builder.attributes(…)}.
     */
    public Map<String, Double> attributes() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Quantity q : quantities) out.putIfAbsent(q.attribute(), q.value());
        return out;
    }
}
