package org.ecozoning.tracking.supervision;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's append-only history: a status change ({@code from} → {@code to}) or a
 * note (from = to), with the note text and photo references (file names or URLs of photos kept
 * elsewhere).
 *
 * @param from null for the opening event
 */
public record CaseEvent(long id, long caseId, Instant at, String actor, CaseStatus from, CaseStatus to, String note, List<String> photos) {
    public CaseEvent {
        photos = List.copyOf(photos);
    }
}
