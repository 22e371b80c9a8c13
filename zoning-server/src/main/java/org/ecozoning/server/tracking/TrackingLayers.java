package org.ecozoning.server.tracking;

import java.util.List;
import java.util.Set;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.tracking.supervision.CaseStore;

/**
 * The tracking-evaluation layers added to every published catalog (WFS, OGC API – Features):
 * the supervision cases, live from the store. They are for staff only: {@link #STAFF_ONLY} names
 * them for the rights filter (accounts/roles are added separately; until then they are public).
 */
public final class TrackingLayers {

    /** Layers that only staff may see (local names). */
    public static final Set<String> STAFF_ONLY = Set.of(CaseFeatureSource.NAME);

    private TrackingLayers() {
    }

    /**
     * @param cases the case store
     * @return the {@code zoning:supervision_cases} layer (style {@code supervision_cases})
     */
    public static LayerInfo supervisionCases(CaseStore cases) {
        return new LayerInfo(CaseFeatureSource.NAME, new CaseFeatureSource(cases), CaseFeatureSource.TYPE.titleZh(),
                CaseFeatureSource.TYPE.titleEn(),
                "遥感等发现的变化图斑经核查后立案的监管案件（待核查、现场核查中、已确认违规、已排除、已办结）。仅限工作人员。",
                "Supervision cases opened for detected changes (open, on-site check, confirmed, dismissed, closed). Staff only.",
                List.of("生态环境分区管控", "监管", "监管案件", "supervision", "case"), CaseFeatureSource.NAME);
    }
}
