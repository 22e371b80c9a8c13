package org.ecozoning.server.assist;

import java.util.List;
import org.ecozoning.assist.industry.Suggestion;
import org.ecozoning.assist.industry.SuggestionResult;
import org.ecozoning.ogc.processes.IndustryInference;

/**
 * {@link IndustryInference} for the admission-compliance process, backed by the assist module's
 * industry suggester: only a confident suggestion (status OK) is used; otherwise the suggester's
 * bilingual message and the weak candidates go back to the user, never a silently picked code.
 */
public final class SuggesterInference implements IndustryInference {
    private final SuggesterHolder holder;

    public SuggesterInference(SuggesterHolder holder) { this.holder = holder; }

    @Override
    public Outcome infer(String description) {
        SuggestionResult r = holder.get().suggest(description);
        return r.confident().map(s -> Outcome.confident(inferred(s, r)))
                .orElseGet(() -> Outcome.refused(r.messageZh(), r.messageEn(),
                        r.suggestions().stream().limit(3).map(Suggestion::label).toList()));
    }

    private static Inferred inferred(Suggestion s, SuggestionResult r) {
        return new Inferred(s.code(), s.nameZh(), s.confidence(), List.copyOf(s.matchedWords()),
                r.parsed() == null ? null : r.parsed().nature(),
                r.parsed() == null ? java.util.Map.of() : r.parsed().attributes(), r.termsVersion());
    }
}
