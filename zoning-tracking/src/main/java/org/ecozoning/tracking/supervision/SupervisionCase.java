package org.ecozoning.tracking.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A supervision case (监管案件) as stored: the change it is about, the version it was checked
 * against, why it was opened, the verdict, rules and units involved, and its current status with
 * who changed it last and when. Its history is {@link CaseEvent}s. Staff only.
 *
 * @param revision optimistic-lock token: every status change names the revision it is based on
 */
public record SupervisionCase(long id, String changeId, String source, LocalDate detectedOn, long versionId, CaseStatus status, long revision,
        CaseReason reason, String verdict, List<String> ruleIds, List<String> unitCodes, String countyCode, String summary, double areaM2,
        Geometry geometry, Instant openedAt, String openedBy, Instant updatedAt, String updatedBy) {
    public SupervisionCase {
        ruleIds = List.copyOf(ruleIds);
        unitCodes = List.copyOf(unitCodes);
    }
}
