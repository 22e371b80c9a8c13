package org.ecozoning.tracking.supervision;

import java.util.List;

/** A case to open for a change: what the batch check found. */
public record NewCase(ChangePolygon change, long versionId, CaseReason reason, String verdict, List<String> ruleIds, List<String> unitCodes,
        String countyCode, String summary, double areaM2) {
    public NewCase {
        ruleIds = List.copyOf(ruleIds);
        unitCodes = List.copyOf(unitCodes);
    }
}
