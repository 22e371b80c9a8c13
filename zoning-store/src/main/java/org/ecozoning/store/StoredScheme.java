package org.ecozoning.store;

import java.util.List;
import java.util.Optional;
import org.ecozoning.model.SchemeContent;

/** A whole version as stored: its lifecycle facts, its content, its rules document and its QA warnings. */
public record StoredScheme(SchemeVersion version, SchemeContent content, Optional<String> rulesJson, List<QaWarning> qaWarnings) {
    public StoredScheme {
        qaWarnings = List.copyOf(qaWarnings);
    }
}
