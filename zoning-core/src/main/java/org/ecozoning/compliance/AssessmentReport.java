package org.ecozoning.compliance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneFamily;
import org.ecozoning.model.ZoneType;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.RuleFlag;
import org.ecozoning.rules.Verdict;

/**
 * The result of one assessment, shaped for Jackson: the overall verdict (worst finding, or OUTSIDE),
 * the units and zones the site touches with planar overlaps measured in a CGCS2000 Gauss-Krüger
 * zone, the findings of the rules that fired with their reasons, every applicable
 * province→city→unit clause, warnings, and the inputs echoed. Documented field by field in
 * docs/REPORT-SCHEMA.md (JSON Schema: docs/report.schema.json).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentReport(
        String schema,
        String schemeVersion,
        String rulesVersion,
        Verdict verdict,
        String verdictZh,
        String verdictEn,
        List<RuleFlag> flags,
        String summaryZh,
        String summaryEn,
        InputEcho input,
        Measure measure,
        List<UnitHit> units,
        List<ZoneHit> zones,
        List<Finding> findings,
        List<DimensionVerdict> dimensions,
        List<ClauseEntry> clauses,
        List<Notice> warnings) {

    /** Schema tag of this report shape. */
    public static final String SCHEMA = "ecozoning-report/1";

    /** The inputs as the engine understood them. Centroid and bbox are EPSG:4490 longitude/latitude. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputEcho(
            String projectName,
            String industryCode,
            String industryName,
            List<String> industryChain,
            ProjectNature nature,
            String natureZh,
            Map<String, Double> attributes,
            String crs,
            String crsResolved,
            String axisOrder,
            boolean axesSwapped,
            boolean repaired,
            String geometryType,
            int vertexCount,
            double[] centroid,
            double[] bbox) { }

    /** How sizes were measured: planar in one GK zone, never in degrees. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measure(
            String crs,
            String crsName,
            double centralMeridian,
            MeasureKind kind,
            double area,
            double length,
            int pointCount,
            double insideShare) { }

    /** What the site's size is: an area (m²), a length (m) or a count of points. */
    public enum MeasureKind { AREA, LENGTH, POINTS }

    /** A control unit the site touches. {@code overlap}: m² (areas), m (lines) or 0 (points). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitHit(
            String code,
            String name,
            UnitClass unitClass,
            String unitClassZh,
            UnitSubtype subtype,
            String subtypeZh,
            String cityCode,
            String cityName,
            String countyCode,
            String countyName,
            double overlap,
            double share) { }

    /**
     * An element zone the site overlaps ({@code inside} true, distance 0) or comes within a rule's
     * distance of ({@code inside} false, distance in metres).
     */
    public record ZoneHit(
            String id,
            ZoneType type,
            String typeZh,
            ZoneFamily family,
            String name,
            boolean inside,
            double overlap,
            double share,
            double distance) { }

    /**
     * A rule that fired, with the reason in words. {@code clauseIds}: the applicable clauses (in
     * {@code clauses}) that are linked to this rule.
     */
    public record Finding(
            String ruleId,
            String titleZh,
            String titleEn,
            String section,
            Dimension dimension,
            String dimensionZh,
            Verdict verdict,
            String verdictZh,
            List<RuleFlag> flags,
            List<String> unitCodes,
            List<String> zoneIds,
            List<String> clauseIds,
            String requirementZh,
            String requirementEn,
            String reasonZh,
            String reasonEn) { }

    /** The strictest verdict in one access-list dimension and what decided it (COMPLIANT when nothing fired). */
    public record DimensionVerdict(
            Dimension dimension,
            String dimensionZh,
            Verdict verdict,
            String verdictZh,
            List<String> ruleIds,
            List<String> clauseIds) { }

    /**
     * An applicable access-list clause (province, city of a touched unit, or a touched unit), with
     * the verdict of its linked rules that fired (null when none did: a requirement to observe).
     * {@code decisive}: its verdict is the strictest of its dimension.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClauseEntry(
            String id,
            ListLevel level,
            String levelZh,
            String scopeCode,
            String scopeName,
            Dimension dimension,
            String dimensionZh,
            String text,
            List<String> ruleIds,
            List<String> firedRuleIds,
            Verdict verdict,
            boolean decisive) { }

    /** A warning: stable code plus message in Chinese and English. */
    public record Notice(String code, String messageZh, String messageEn) { }
}
