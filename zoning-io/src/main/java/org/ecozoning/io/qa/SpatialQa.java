package org.ecozoning.io.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.crs.Areas;
import org.ecozoning.io.mapping.AdminDivisions;
import org.ecozoning.model.ControlUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The spatial checks of an import, run on mapped units in EPSG:4490: invalid geometries (with the
 * point where they fail), overlaps between units of one county (pairs found with an STR-tree, areas
 * above the tolerance), gaps (the county boundary from data, when the county is known, minus the
 * union of its units; otherwise holes in the union of the county's units) and units outside the
 * province. Each spatial issue has a representative point and its area in m².
 */
public final class SpatialQa {
    private final AdminDivisions admin;
    private final QaOptions options;

    public SpatialQa(AdminDivisions admin, QaOptions options) {
        this.admin = admin;
        this.options = options;
    }

    /**
     * Checks {@code units}; {@code indexByCode} gives each unit's feature index in {@code file} for
     * the report (may be empty).
     */
    public List<QaIssue> check(List<ControlUnit> units, String file, Map<String, Integer> indexByCode, ProgressListener progress) {
        List<QaIssue> issues = new ArrayList<>();
        Map<String, Geometry> valid = new LinkedHashMap<>();
        int invalid = 0;
        for (ControlUnit u : units) {
            String code = u.code().value();
            Integer idx = indexByCode.get(code);
            IsValidOp op = new IsValidOp(u.geometry());
            TopologyValidationError err = op.getValidationError();
            if (err != null) {
                if (++invalid <= options.maxIssuesPerCheck()) {
                    Coordinate c = err.getCoordinate();
                    QaIssue i = QaIssue.error(IssueCode.INVALID_GEOMETRY, "几何无效：" + zh(err) + "", "invalid geometry: " + err.getMessage())
                            .withFile(file).withFeature(idx, code);
                    issues.add(c == null ? i : i.withLocation(c.x, c.y));
                }
                Geometry fixed = GeometryFixer.fix(u.geometry());
                if (!fixed.isEmpty()) valid.put(code, fixed);
            } else {
                valid.put(code, u.geometry());
            }
        }
        if (invalid > options.maxIssuesPerCheck()) issues.add(more(IssueCode.INVALID_GEOMETRY, invalid, file));
        if (admin != null) issues.addAll(outsideProvince(units, valid, file, indexByCode));
        Map<String, List<ControlUnit>> byCounty = new LinkedHashMap<>();
        for (ControlUnit u : units) {
            String county = u.countyCode() != null ? u.countyCode() : u.code().adminCode();
            byCounty.computeIfAbsent(county, k -> new ArrayList<>()).add(u);
        }
        int[] overlapCount = {0};
        int[] gapCount = {0};
        int done = 0;
        for (Map.Entry<String, List<ControlUnit>> e : byCounty.entrySet()) {
            overlaps(e.getValue(), valid, file, indexByCode, issues, overlapCount);
            gaps(e.getKey(), e.getValue(), valid, file, issues, gapCount);
            if (progress != null) progress.progress("qa", ++done, byCounty.size());
        }
        if (overlapCount[0] > options.maxIssuesPerCheck()) issues.add(more(IssueCode.OVERLAP, overlapCount[0], file));
        if (gapCount[0] > options.maxIssuesPerCheck()) issues.add(more(IssueCode.GAP, gapCount[0], file));
        return issues;
    }

    private static QaIssue more(IssueCode code, int n, String file) {
        return QaIssue.warning(code, "此类问题共 " + n + " 个，报告只列出前面部分", n + " issues of this kind in all; the report lists only the first ones")
                .withFile(file);
    }

    private static String zh(TopologyValidationError err) {
        return switch (err.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> "边界自相交";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内环（洞）在外环之外";
            case TopologyValidationError.NESTED_HOLES -> "内环相互嵌套";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "内部不连通";
            case TopologyValidationError.NESTED_SHELLS -> "外环相互嵌套";
            case TopologyValidationError.DUPLICATE_RINGS -> "环重复";
            case TopologyValidationError.TOO_FEW_POINTS -> "点数过少";
            case TopologyValidationError.RING_NOT_CLOSED -> "环未闭合";
            case TopologyValidationError.INVALID_COORDINATE -> "坐标无效";
            default -> err.getMessage();
        };
    }

    private List<QaIssue> outsideProvince(List<ControlUnit> units, Map<String, Geometry> valid, String file, Map<String, Integer> indexByCode) {
        List<QaIssue> out = new ArrayList<>();
        Envelope extent = admin.extent();
        int n = 0;
        for (ControlUnit u : units) {
            Geometry g = valid.get(u.code().value());
            if (g == null) continue;
            String code = u.code().value();
            try {
                Geometry outside = extent.intersects(g.getEnvelopeInternal()) ? admin.outsideProvince(g) : null;
                if (outside == null) {
                    if (++n <= options.maxIssuesPerCheck()) {
                        Point p = g.getInteriorPoint();
                        out.add(QaIssue.error(IssueCode.OUTSIDE_PROVINCE, "单元完全位于" + admin.provinceName() + "范围之外",
                                        "the unit lies entirely outside the province")
                                .withFile(file).withFeature(indexByCode.get(code), code).withLocation(p.getX(), p.getY())
                                .withArea(Areas.squareMetres(g)));
                    }
                    continue;
                }
                // The county outlines are approximate (~100 m): only wide parts beyond them count.
                for (int i = 0; i < outside.getNumGeometries(); i++) {
                    Geometry part = outside.getGeometryN(i);
                    double area = Areas.squareMetres(part);
                    if (!(part instanceof Polygon) || area <= options.gapToleranceM2()) continue;
                    if (2 * area / Math.max(Areas.metres(part), 1e-9) < options.gapMinWidthM()) continue;
                    if (++n <= options.maxIssuesPerCheck()) {
                        Point q = part.getInteriorPoint();
                        out.add(QaIssue.warning(IssueCode.OUTSIDE_PROVINCE, "单元有一部分（" + QaReportRenderer.area(area)[0] + "）超出" + admin.provinceName() + "范围",
                                        "part of the unit (" + QaReportRenderer.area(area)[1] + ") lies outside the province")
                                .withFile(file).withFeature(indexByCode.get(code), code).withLocation(q.getX(), q.getY()).withArea(area));
                    }
                }
            } catch (TopologyException e) {
                // A robustness failure on odd geometry: the invalid-geometry check has reported what matters.
            }
        }
        if (n > options.maxIssuesPerCheck()) out.add(more(IssueCode.OUTSIDE_PROVINCE, n, file));
        return out;
    }

    private void overlaps(List<ControlUnit> units, Map<String, Geometry> valid, String file, Map<String, Integer> indexByCode,
                          List<QaIssue> issues, int[] count) {
        STRtree tree = new STRtree();
        List<String> codes = new ArrayList<>();
        for (ControlUnit u : units) {
            Geometry g = valid.get(u.code().value());
            if (g == null) continue;
            tree.insert(g.getEnvelopeInternal(), codes.size());
            codes.add(u.code().value());
        }
        for (int i = 0; i < codes.size(); i++) {
            String a = codes.get(i);
            Geometry ga = valid.get(a);
            PreparedGeometry pa = PreparedGeometryFactory.prepare(ga);
            for (Object o : tree.query(ga.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i) continue;
                String b = codes.get(j);
                Geometry gb = valid.get(b);
                if (!pa.intersects(gb)) continue;
                try {
                    Geometry x = ga.intersection(gb);
                    double area = Areas.squareMetres(x);
                    if (area <= options.overlapToleranceM2()) continue;
                    if (++count[0] > options.maxIssuesPerCheck()) continue;
                    Point p = x.getInteriorPoint();
                    issues.add(QaIssue.of(options.overlapSeverity(), IssueCode.OVERLAP,
                                    "单元 " + a + " 与 " + b + " 重叠" + QaReportRenderer.area(area)[0],
                                    "units " + a + " and " + b + " overlap by " + QaReportRenderer.area(area)[1])
                            .withFile(file).withFeature(indexByCode.get(a), a).withLocation(p.getX(), p.getY()).withArea(area));
                } catch (TopologyException e) {
                    // skip: robustness failure on near-degenerate input
                }
            }
        }
    }

    private void gaps(String countyCode, List<ControlUnit> units, Map<String, Geometry> valid, String file, List<QaIssue> issues, int[] count) {
        List<Geometry> gs = new ArrayList<>();
        for (ControlUnit u : units) {
            Geometry g = valid.get(u.code().value());
            if (g != null) gs.add(g);
        }
        if (gs.isEmpty()) return;
        AdminDivisions.County county = admin == null ? null : admin.county(countyCode);
        String countyName = county != null ? county.name() : units.get(0).countyName() != null ? units.get(0).countyName() : countyCode;
        try {
            Geometry union = UnaryUnionOp.union(gs);
            Geometry uncovered;
            double minWidth;
            if (county != null) {
                uncovered = county.boundary().difference(union);
                minWidth = options.gapMinWidthM();
            } else {
                List<Geometry> holes = new ArrayList<>();
                for (int i = 0; i < union.getNumGeometries(); i++) {
                    Polygon p = (Polygon) union.getGeometryN(i);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) holes.add(union.getFactory().createPolygon(p.getInteriorRingN(h).getCoordinates()));
                }
                uncovered = union.getFactory().buildGeometry(holes);
                minWidth = 0;
            }
            for (int i = 0; i < uncovered.getNumGeometries(); i++) {
                Geometry part = uncovered.getGeometryN(i);
                if (!(part instanceof Polygon)) continue;
                double area = Areas.squareMetres(part);
                if (area <= options.gapToleranceM2()) continue;
                double width = 2 * area / Math.max(Areas.metres(part), 1e-9);
                if (width < minWidth) continue;
                if (++count[0] > options.maxIssuesPerCheck()) continue;
                Point p = part.getInteriorPoint();
                String basis = county != null ? "区县边界内" : "单元之间";
                String basisEn = county != null ? "within the county boundary" : "between units";
                issues.add(QaIssue.of(options.gapSeverity(), IssueCode.GAP,
                                countyName + "：" + basis + "有" + QaReportRenderer.area(area)[0] + "未被任何单元覆盖",
                                countyName + " (" + countyCode + "): " + QaReportRenderer.area(area)[1] + " " + basisEn + " covered by no unit")
                        .withFile(file).withLocation(p.getX(), p.getY()).withArea(area));
            }
        } catch (TopologyException e) {
            issues.add(QaIssue.warning(IssueCode.GAP, countyName + "：几何拓扑异常，未能检查空隙", countyName + ": topology failure; gaps not checked")
                    .withFile(file));
        }
    }
}
