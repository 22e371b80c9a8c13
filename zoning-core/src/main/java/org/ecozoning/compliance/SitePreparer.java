package org.ecozoning.compliance;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.referencing.AxisOrder;
import org.ecozoning.referencing.AxisSwap;
import org.ecozoning.referencing.Crs;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.referencing.ResolvedCrs;
import org.ecozoning.scheme.GkLayer;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns the geometry of a {@link ProjectInput} into a {@link Site}: refuses what cannot be judged
 * (missing, empty, non-finite, mixed-dimension, too many vertices, unknown CRS), puts the axes in
 * east-north order (detecting swapped latitude/longitude), projects to the Gauss-Krüger zone of
 * the centroid and repairs invalid polygons, recording a warning for each correction.
 */
final class SitePreparer {
    private final Scheme scheme;
    private final EngineOptions options;
    private final Envelope serviceArea;

    SitePreparer(Scheme scheme, EngineOptions options) {
        this.scheme = scheme;
        this.options = options;
        Envelope e = scheme.extent();
        if (!e.isNull()) e.expandBy(options.swapCheckMarginDegrees());
        this.serviceArea = e;
    }

    Site prepare(ProjectInput in, List<AssessmentReport.Notice> warnings) {
        Geometry g = in.geometry();
        if (g == null) throw new AssessmentException("MISSING_GEOMETRY", "未提供项目几何", "no site geometry given");
        g = homogenize(g);
        if (g.isEmpty()) throw new AssessmentException("EMPTY_GEOMETRY", "项目几何为空", "the site geometry is empty");
        int vertices = g.getNumPoints();
        if (vertices > options.maxVertices()) {
            throw new AssessmentException("TOO_MANY_VERTICES",
                    "项目几何有 " + vertices + " 个顶点，超过上限 " + options.maxVertices() + "，请简化后再提交",
                    "the site has " + vertices + " vertices, more than the limit of " + options.maxVertices() + "; simplify it first");
        }
        if (!allFinite(g)) {
            throw new AssessmentException("INVALID_COORDINATE", "坐标含非数值（NaN 或无穷）", "a coordinate is NaN or infinite");
        }
        ResolvedCrs rc = CrsRegistry.resolve(in.crs());
        Crs crs = rc.crs();
        AxisOrder order = in.axisOrder() != null ? in.axisOrder() : rc.axisOrder();
        if (order == AxisOrder.NORTH_EAST) g = AxisSwap.swapXY(g);

        boolean swapped = false;
        Envelope env = g.getEnvelopeInternal();
        double cx = env.centre().x, cy = env.centre().y;
        if (!serviceArea.isNull() && AxisSwap.looksSwapped(crs, cx, cy, serviceArea)) {
            g = AxisSwap.swapXY(g);
            swapped = true;
            String unitsWord = crs.isGeographic() ? "经度、纬度" : "东坐标、北坐标";
            String unitsEn = crs.isGeographic() ? "longitude, latitude" : "easting, northing";
            warnings.add(new AssessmentReport.Notice("AXIS_SWAPPED",
                    "坐标轴顺序疑似颠倒：坐标 (" + num(cx) + ", " + num(cy) + ") 按" + unitsWord + "解读不在本方案范围内，交换后位于范围内，已按 ("
                            + num(cy) + ", " + num(cx) + ") 处理。本服务以" + unitsWord + "顺序存储坐标；" + crs.id()
                            + " 的 URN/URI 形式按官方轴序（纬度、北坐标在前）解读。",
                    "axis order looks swapped: (" + num(cx) + ", " + num(cy) + ") read as " + unitsEn
                            + " lies outside the scheme, swapped it lies inside, so it was read as (" + num(cy) + ", " + num(cx)
                            + "). This service stores " + unitsEn + "; the URN/URI forms of " + crs.id()
                            + " follow the official axis order (latitude/northing first)."));
            env = g.getEnvelopeInternal();
        }
        if (crs.isGeographic() && (env.getMinY() < -90 || env.getMaxY() > 90 || env.getMinX() < -180 || env.getMaxX() > 180)) {
            throw new AssessmentException("COORDINATE_OUT_OF_RANGE",
                    "经纬度超出范围（纬度 ±90°，经度 ±180°）：" + env,
                    "longitude/latitude out of range (latitude ±90°, longitude ±180°): " + env);
        }

        Geometry geographic = CrsTransformer.of(crs, CrsRegistry.CGCS2000).transform(g);
        Coordinate centroid = geographic.getCentroid().getCoordinate();
        if (centroid == null || !Double.isFinite(centroid.x)) centroid = geographic.getEnvelopeInternal().centre();
        double lon = centroid.x;
        // Measure in the 3-degree zone of the centroid; use the scheme's layer there (or the nearest
        // layer when the site lies just beyond the scheme's zones). Far away: no layer, OUTSIDE.
        GkLayer layer = null;
        Crs measureCrs = null;
        if (lon >= 73.5 && lon < 136.5) {
            int cm = GaussKruger.centralMeridian3(lon);
            GkLayer nearest = scheme.layerNearest(cm);
            if (nearest != null && Math.abs(nearest.crs().centralMeridian() - cm) <= 3) {
                layer = nearest;
                measureCrs = nearest.crs();
            } else {
                measureCrs = GaussKruger.zoneFor(lon);
            }
        }
        Geometry projected = null;
        boolean repaired = false;
        if (measureCrs != null) {
            projected = CrsTransformer.of(crs, measureCrs).transform(g);
            if (projected instanceof Polygonal) {
                IsValidOp op = new IsValidOp(projected);
                if (!op.isValid()) {
                    TopologyValidationError err = op.getValidationError();
                    projected = GeometryFixer.fix(projected);
                    if (projected.isEmpty() || projected.getArea() <= 0) {
                        throw new AssessmentException("DEGENERATE_GEOMETRY", "项目面几何无效且无法修复（面积为零）",
                                "the site polygon is invalid and cannot be repaired (zero area)");
                    }
                    repaired = true;
                    Coordinate at = err.getCoordinate();
                    String where = at == null ? "" : "（投影坐标 " + num(at.x) + ", " + num(at.y) + " 附近）";
                    String whereEn = at == null ? "" : " (near projected " + num(at.x) + ", " + num(at.y) + ")";
                    warnings.add(new AssessmentReport.Notice("GEOMETRY_REPAIRED",
                            "项目面几何无效：" + errZh(err) + where + "，已自动修复（GeometryFixer），请核对修复后的范围",
                            "the site polygon is invalid: " + err.getMessage() + whereEn + "; it was repaired (GeometryFixer), please check the result"));
                }
            } else if (projected instanceof Lineal && projected.getLength() <= 0) {
                throw new AssessmentException("DEGENERATE_GEOMETRY", "项目线几何长度为零", "the site line has zero length");
            }
        } else {
            warnings.add(new AssessmentReport.Notice("NOT_MEASURED",
                    "项目位于高斯-克吕格 3 度带范围之外（经度 " + num(lon) + "），未量算面积或长度",
                    "the site lies outside the Gauss-Krüger 3-degree zones (longitude " + num(lon) + "); nothing was measured"));
        }
        int dim = g.getDimension();
        double size = projected == null ? 0 : switch (dim) {
            case 2 -> projected.getArea();
            case 1 -> projected.getLength();
            default -> projected.getNumGeometries();
        };
        if (projected == null && dim == 0) size = g.getNumGeometries();
        return new Site(geographic, centroid, projected, measureCrs, layer, dim, size, rc, order, swapped, repaired, g.getGeometryType(), vertices);
    }

    private static boolean allFinite(Geometry g) {
        boolean[] ok = {true};
        g.apply(new org.locationtech.jts.geom.CoordinateSequenceFilter() {
            @Override
            public void filter(org.locationtech.jts.geom.CoordinateSequence seq, int i) {
                if (!Double.isFinite(seq.getX(i)) || !Double.isFinite(seq.getY(i))) ok[0] = false;
            }

            @Override
            public boolean isDone() { return !ok[0]; }

            @Override
            public boolean isGeometryChanged() { return false; }
        });
        return ok[0];
    }

    /** Collections of one dimension become the matching Multi* type; mixed ones are refused. */
    static Geometry homogenize(Geometry g) {
        if (g instanceof LinearRing r) return g.getFactory().createLineString(r.getCoordinateSequence());
        if (!(g instanceof GeometryCollection) || g instanceof Polygonal || g instanceof Lineal || g instanceof Puntal) return g;
        List<Geometry> parts = new ArrayList<>();
        flatten(g, parts);
        GeometryFactory f = g.getFactory();
        if (parts.isEmpty()) return f.createGeometryCollection();
        if (parts.stream().allMatch(p -> p instanceof Polygon)) return f.createMultiPolygon(parts.toArray(Polygon[]::new));
        if (parts.stream().allMatch(p -> p instanceof LineString)) return f.createMultiLineString(parts.toArray(LineString[]::new));
        if (parts.stream().allMatch(p -> p instanceof Point)) return f.createMultiPoint(parts.toArray(Point[]::new));
        throw new AssessmentException("UNSUPPORTED_GEOMETRY",
                "几何集合混合了点、线、面，请分别提交", "the geometry collection mixes points, lines and polygons; submit them separately");
    }

    private static void flatten(Geometry g, List<Geometry> out) {
        if (g instanceof GeometryCollection) {
            for (int i = 0; i < g.getNumGeometries(); i++) flatten(g.getGeometryN(i), out);
        } else if (g instanceof LinearRing r) {
            out.add(g.getFactory().createLineString(r.getCoordinateSequence()));
        } else if (!g.isEmpty()) {
            out.add(g);
        }
    }

    private static String errZh(TopologyValidationError e) {
        return switch (e.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> "边界自相交";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内环位于外环之外";
            case TopologyValidationError.NESTED_HOLES -> "内环嵌套";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "内部不连通";
            case TopologyValidationError.NESTED_SHELLS -> "多面嵌套";
            case TopologyValidationError.DUPLICATE_RINGS -> "重复环";
            case TopologyValidationError.TOO_FEW_POINTS -> "顶点过少";
            case TopologyValidationError.RING_NOT_CLOSED -> "环未闭合";
            default -> e.getMessage();
        };
    }

    static String num(double v) {
        if (Math.abs(v) >= 1000) return String.format(java.util.Locale.ROOT, "%.1f", v);
        return String.format(java.util.Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
