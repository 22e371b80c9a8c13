package org.ecozoning.ogc.processes;

import java.util.List;
import java.util.Map;
import org.ecozoning.rules.ProjectNature;

/**
 * Reads an industry code (and, when stated, the construction nature and quantities) from a free
 * project description, for the optional {@code description} input of admission compliance. An
 * interface so that zoning-ogc does not depend on the text machinery (Lucene) that implements it
 * in the server; {@link #NONE} when no implementation is wired in.
 */
@FunctionalInterface
public interface IndustryInference {

    /** No inference available: every description is answered with "please give the industry". */
    IndustryInference NONE = text -> Outcome.refused("本服务未配置由描述推断行业的功能，请提供 industry",
            "this server cannot infer the industry from a description; give industry", List.of());

    /**
     * @param description the project description as the user wrote it
     * @return a confident inference, or a refusal with a bilingual reason and the weak candidates
     */
    Outcome infer(String description);

    /**
     * What was inferred, echoed in the report as 「推断结果，请确认」.
     *
     * @param code          the GB/T 4754-2017 code used
     * @param nameZh        its name
     * @param confidence    0..1
     * @param matchedWords  the words of the description that led to it
     * @param nature        the nature read from the text, or null
     * @param attributes    quantities read from the text (capacityMW, annualOutput …)
     * @param termsVersion  version of the term list used
     */
    record Inferred(String code, String nameZh, double confidence, List<String> matchedWords, ProjectNature nature,
                    Map<String, Double> attributes, String termsVersion) {
        public Inferred {
            matchedWords = List.copyOf(matchedWords);
            attributes = Map.copyOf(attributes);
        }
    }

    /**
     * The answer: {@code inferred} non-null when confident, else the reason (Chinese, English) and
     * candidate labels ("2521 炼焦 (0.42)") to show the user.
     */
    record Outcome(Inferred inferred, String messageZh, String messageEn, List<String> candidates) {
        public Outcome {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public static Outcome confident(Inferred i) { return new Outcome(i, null, null, List.of()); }

        public static Outcome refused(String zh, String en, List<String> candidates) { return new Outcome(null, zh, en, candidates); }
    }
}
