package org.ecozoning.server.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.tracking.supervision.CaseQuery;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.SupervisionCase;

/**
 * The supervision cases (监管案件) as a feature layer, read live from the {@link CaseStore} on
 * every call: a case opened or moved through the command line or another process shows in the
 * next WFS / OGC API request without a reload. Each call takes one snapshot and answers from it
 * with the in-memory reference semantics (filters, sorting, paging). Staff only.
 */
public final class CaseFeatureSource extends SnapshotFeatureSource {

    /** Local layer name. */
    public static final String NAME = "supervision_cases";
    private static final int PAGE = 10_000;

    /** The attribute schema of the layer. */
    public static final FeatureType TYPE = new FeatureType(NAME, "监管案件", "Supervision cases", "geometry", "MultiPolygon", List.of(
            new AttributeDescriptor("id", AttributeType.INTEGER, "案件编号"),
            new AttributeDescriptor("changeId", AttributeType.STRING, "图斑编号"),
            new AttributeDescriptor("source", AttributeType.STRING, "数据来源"),
            new AttributeDescriptor("detectedOn", AttributeType.DATE, "发现日期"),
            new AttributeDescriptor("status", AttributeType.STRING, "状态代码"),
            new AttributeDescriptor("statusZh", AttributeType.STRING, "状态"),
            new AttributeDescriptor("reason", AttributeType.STRING, "立案原因代码"),
            new AttributeDescriptor("reasonZh", AttributeType.STRING, "立案原因"),
            new AttributeDescriptor("verdict", AttributeType.STRING, "研判结论"),
            new AttributeDescriptor("ruleIds", AttributeType.STRING, "涉及规则"),
            new AttributeDescriptor("unitCodes", AttributeType.STRING, "涉及单元"),
            new AttributeDescriptor("countyCode", AttributeType.STRING, "区县代码"),
            new AttributeDescriptor("summary", AttributeType.STRING, "摘要"),
            new AttributeDescriptor("areaM2", AttributeType.DOUBLE, "面积（平方米）"),
            new AttributeDescriptor("versionId", AttributeType.INTEGER, "核查所用方案版本"),
            new AttributeDescriptor("revision", AttributeType.INTEGER, "修订号"),
            new AttributeDescriptor("openedAt", AttributeType.DATETIME, "立案时间"),
            new AttributeDescriptor("updatedAt", AttributeType.DATETIME, "最近更新时间"),
            new AttributeDescriptor("updatedBy", AttributeType.STRING, "最近更新人")));

    private final CaseStore cases;

    /** @param cases the case store read on every call */
    public CaseFeatureSource(CaseStore cases) {
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    @Override
    public FeatureType type() {
        return TYPE;
    }

    /** @return all cases now, as an in-memory layer */
    @Override
    MemoryFeatureSource snapshot() {
        List<Feature> features = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<SupervisionCase> page = cases.list(CaseQuery.all().page(PAGE, offset));
            for (SupervisionCase c : page) {
                features.add(feature(c));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return new MemoryFeatureSource(TYPE, features);
    }

    /** @return one case as a feature; its id is {@code case.<id>} */
    static Feature feature(SupervisionCase c) {
        return new Feature(TYPE, "case." + c.id(), new Object[] {
            c.id(), c.changeId(), c.source(), c.detectedOn(), c.status().name(), c.status().labelZh(),
            c.reason() == null ? null : c.reason().name(), c.reason() == null ? null : c.reason().labelZh(), c.verdict(),
            String.join(",", c.ruleIds()), String.join(",", c.unitCodes()), c.countyCode(), c.summary(), c.areaM2(),
            c.versionId(), c.revision(), c.openedAt(), c.updatedAt(), c.updatedBy()}, c.geometry());
    }
}
