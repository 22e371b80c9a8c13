package org.ecozoning.server.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.store.AssessmentQuery;
import org.ecozoning.store.SavedAssessment;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.MonitoringStore;
import org.ecozoning.tracking.monitoring.StationLocator;
import org.ecozoning.tracking.monitoring.TargetSet;
import org.ecozoning.tracking.monitoring.YearlyStatistics;
import org.ecozoning.tracking.units.UnitStatistics;
import org.ecozoning.tracking.units.UnitYear;

/**
 * The yearly figures per control unit (单元年度统计) as a feature layer over the store: one feature
 * per unit of the scheme and year with monitoring readings ({@code zoning monitoring import}) or
 * saved assessments, with the unit's geometry, its PM2.5 mean and water class (its own stations',
 * else its county's) with attainment, and the assessments made there with their prohibited and
 * restricted rates. Filter a year with CQL/FES on {@code year}. Recomputed when the store's
 * monitoring data, targets or saved assessments change; answered from an in-memory snapshot with
 * the reference semantics. Staff only.
 */
public final class UnitStatisticsFeatureSource extends SnapshotFeatureSource {

    /** Local layer name. */
    public static final String NAME = "unit_statistics";

    private record Snapshot(long monitoringStamp, long newestAssessment, MemoryFeatureSource source) { }

    private final Scheme scheme;
    private final SchemeStore store;
    private final Supplier<TargetSet> targets;
    private final FeatureType type;
    private volatile Snapshot snapshot;

    /**
     * @param scheme  the version the layer is published with (units, counties, station locations)
     * @param store   the store (monitoring, targets, saved assessments)
     * @param targets the targets when the store has none (e.g. the workspace's file)
     */
    public UnitStatisticsFeatureSource(Scheme scheme, SchemeStore store, Supplier<TargetSet> targets) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.store = Objects.requireNonNull(store, "store");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.type = type(geometryType(scheme));
    }

    /** The attribute schema of the layer for a geometry type. */
    static FeatureType type(String geometryType) {
        return new FeatureType(NAME, "管控单元年度统计", "Yearly statistics per control unit", "geometry", geometryType, List.of(
                new AttributeDescriptor("year", AttributeType.INTEGER, "年度"),
                new AttributeDescriptor("unitCode", AttributeType.STRING, "单元编码"),
                new AttributeDescriptor("unitName", AttributeType.STRING, "单元名称"),
                new AttributeDescriptor("unitClass", AttributeType.STRING, "单元类别代码"),
                new AttributeDescriptor("unitClassZh", AttributeType.STRING, "单元类别"),
                new AttributeDescriptor("cityCode", AttributeType.STRING, "地市代码"),
                new AttributeDescriptor("cityName", AttributeType.STRING, "地市"),
                new AttributeDescriptor("countyCode", AttributeType.STRING, "区县代码"),
                new AttributeDescriptor("countyName", AttributeType.STRING, "区县"),
                new AttributeDescriptor("pm25", AttributeType.DOUBLE, "PM2.5 年均值（µg/m³）"),
                new AttributeDescriptor("pm25Basis", AttributeType.STRING, "PM2.5 依据（UNIT 本单元站点 / COUNTY 所在区县）"),
                new AttributeDescriptor("pm25Attained", AttributeType.BOOLEAN, "PM2.5 是否达标"),
                new AttributeDescriptor("waterClass", AttributeType.INTEGER, "水质类别（1–6，6 为劣Ⅴ类）"),
                new AttributeDescriptor("waterClassZh", AttributeType.STRING, "水质类别"),
                new AttributeDescriptor("waterBasis", AttributeType.STRING, "水质依据（UNIT / COUNTY）"),
                new AttributeDescriptor("waterAttained", AttributeType.BOOLEAN, "水质是否达标"),
                new AttributeDescriptor("assessments", AttributeType.INTEGER, "研判次数"),
                new AttributeDescriptor("prohibited", AttributeType.INTEGER, "禁止类次数"),
                new AttributeDescriptor("restricted", AttributeType.INTEGER, "限制类次数"),
                new AttributeDescriptor("prohibitedRate", AttributeType.DOUBLE, "禁止率（0–1）"),
                new AttributeDescriptor("restrictedRate", AttributeType.DOUBLE, "限制率（0–1）")));
    }

    private static String geometryType(Scheme scheme) {
        List<String> kinds = scheme.units().stream().map(u -> u.geometry().getGeometryType()).distinct().toList();
        return kinds.size() == 1 ? kinds.get(0) : "Geometry";
    }

    @Override
    public FeatureType type() {
        return type;
    }

    /** @return the unit-years now, as an in-memory layer (recomputed when the store changed) */
    @Override
    MemoryFeatureSource snapshot() {
        long stamp = new MonitoringStore(store).stamp();
        List<SavedAssessment> newest = store.assessments(AssessmentQuery.all().page(1, 0));
        long newestId = newest.isEmpty() ? 0 : newest.get(0).id();
        Snapshot s = snapshot;
        if (s != null && s.monitoringStamp() == stamp && s.newestAssessment() == newestId) {
            return s.source();
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && s.monitoringStamp() == stamp && s.newestAssessment() == newestId) {
                return s.source();
            }
            MonitoringStore monitoring = new MonitoringStore(store);
            TargetSet t = monitoring.targets().orElseGet(targets);
            List<Integer> years = monitoring.years();
            YearlyStatistics stats = YearlyStatistics.compute(years.isEmpty() ? List.of() : monitoring.readings(years.get(0), years.get(years.size() - 1)),
                    new StationLocator(scheme), t);
            List<Feature> features = new ArrayList<>();
            for (UnitYear r : UnitStatistics.compute(scheme, stats, UnitStatistics.assessments(store))) {
                features.add(feature(r));
            }
            MemoryFeatureSource m = new MemoryFeatureSource(type, features);
            snapshot = new Snapshot(stamp, newestId, m);
            return m;
        }
    }

    private Feature feature(UnitYear r) {
        ControlUnit u = r.unit();
        return new Feature(type, NAME + "." + u.code().value() + "." + r.year(), new Object[] {
            (long) r.year(), u.code().value(), u.name(), u.unitClass().name(), u.unitClass().labelZh(), u.cityCode(), u.cityName(), u.countyCode(),
            u.countyName(), r.pm25(), r.pm25Basis(), r.pm25Attained(), r.waterClass() == null ? null : (long) r.waterClass(),
            r.waterClass() == null ? null : Indicator.classLabel(r.waterClass()), r.waterBasis(), r.waterAttained(), (long) r.assessments(),
            (long) r.prohibited(), (long) r.restricted(), r.prohibitedRate(), r.restrictedRate()}, u.geometry());
    }
}
