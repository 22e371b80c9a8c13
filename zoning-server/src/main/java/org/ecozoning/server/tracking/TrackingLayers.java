package org.ecozoning.server.tracking;

import java.util.List;
import java.util.Set;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.tracking.supervision.CaseStore;

/**
 * The tracking-evaluation layers added to every published catalog (WMS, WFS, OGC API – Features):
 * the supervision cases and the yearly statistics per unit, live from the store. They are for
 * staff only: {@link #STAFF_ONLY} names them; the rights filter denies every layer not listed
 * public in {@code workspace/access.json}.
 */
public final class TrackingLayers {

    /** Layers that only staff may see (local names). */
    public static final Set<String> STAFF_ONLY = Set.of(CaseFeatureSource.NAME, UnitStatisticsFeatureSource.NAME);

    /** The WMS styles of the statistics layer besides its default (PM2.5 classes): by prohibited rate. */
    public static final java.util.Map<String, List<String>> WMS_STYLES =
            java.util.Map.of(UnitStatisticsFeatureSource.NAME, List.of("unit_statistics_prohibited"));

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

    /**
     * @param scheme  the version published
     * @param store   the store (monitoring, targets, saved assessments)
     * @param targets targets used when the store has none
     * @return the {@code zoning:unit_statistics} layer (styles {@code unit_statistics}, {@code unit_statistics_prohibited})
     */
    public static LayerInfo unitStatistics(org.ecozoning.scheme.Scheme scheme, org.ecozoning.store.SchemeStore store,
            java.util.function.Supplier<org.ecozoning.tracking.monitoring.TargetSet> targets) {
        return new LayerInfo(UnitStatisticsFeatureSource.NAME, new UnitStatisticsFeatureSource(scheme, store, targets), "管控单元年度统计",
                "Yearly statistics per control unit",
                "每个管控单元每年的 PM2.5 年均值与达标、水质类别与达标（无本单元站点时取所在区县），以及研判次数与禁止率、限制率。按 year 过滤年度。仅限工作人员。",
                "Per control unit and year: PM2.5 mean and attainment, water class and attainment (the county's when the unit has no station),"
                        + " assessments and prohibited/restricted rates. Filter on year. Staff only.",
                List.of("生态环境分区管控", "跟踪评估", "统计", "tracking", "statistics"), UnitStatisticsFeatureSource.NAME);
    }
}
