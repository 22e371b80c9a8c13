package org.ecozoning.ogc.features;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.ogc.features.Cql2Token.Kind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the spatial literals of CQL2 text from the token stream: the WKT forms POINT, LINESTRING,
 * POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON and GEOMETRYCOLLECTION (each optionally
 * {@code Z} or {@code EMPTY}; third ordinates are dropped) and {@code BBOX(x1,y1,x2,y2)} (or six
 * numbers). Coordinates come back as written, first ordinate in x; the caller applies the filter
 * CRS's axis order and reprojects.
 */
final class Cql2WktReader {
    static final List<String> TYPES = List.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON",
            "GEOMETRYCOLLECTION", "BBOX");

    private final Cql2Tokens t;
    private final GeometryFactory gf;

    Cql2WktReader(Cql2Tokens tokens, GeometryFactory gf) {
        this.t = tokens;
        this.gf = gf;
    }

    /** Whether the next token starts a spatial literal. */
    static boolean startsLiteral(Cql2Tokens t) {
        Cql2Token k = t.peek();
        if (k.kind() != Kind.IDENT || !TYPES.contains(k.upper())) return false;
        Cql2Token n = t.peek(1);
        return n.kind() == Kind.LPAREN || n.is("Z") || n.is("EMPTY");
    }

    /**
     * A literal; {@code geographic} tells whether a BBOX whose first x exceeds the second crosses
     * the antimeridian (true) or is an error (false).
     */
    Geometry read(boolean geographic) {
        Cql2Token type = t.next();
        String name = type.upper();
        if (name.equals("BBOX")) return bbox(type, geographic);
        t.accept("Z");
        if (t.accept("EMPTY")) return empty(name);
        return switch (name) {
            case "POINT" -> {
                open();
                Point p = gf.createPoint(coordinate());
                close();
                yield p;
            }
            case "LINESTRING" -> lineString();
            case "POLYGON" -> polygon();
            case "MULTIPOINT" -> {
                open();
                List<Point> points = new ArrayList<>();
                do {
                    boolean paren = t.accept(Kind.LPAREN);
                    points.add(gf.createPoint(coordinate()));
                    if (paren) close();
                } while (t.accept(Kind.COMMA));
                close();
                yield gf.createMultiPoint(points.toArray(Point[]::new));
            }
            case "MULTILINESTRING" -> {
                open();
                List<LineString> lines = new ArrayList<>();
                do lines.add(lineString()); while (t.accept(Kind.COMMA));
                close();
                yield gf.createMultiLineString(lines.toArray(LineString[]::new));
            }
            case "MULTIPOLYGON" -> {
                open();
                List<Polygon> polygons = new ArrayList<>();
                do polygons.add(polygon()); while (t.accept(Kind.COMMA));
                close();
                yield gf.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            case "GEOMETRYCOLLECTION" -> {
                open();
                List<Geometry> members = new ArrayList<>();
                do {
                    if (!startsLiteral(t) || t.peek().is("BBOX")) {
                        throw t.unexpected("几何对象（WKT）", "a WKT geometry");
                    }
                    members.add(read(geographic));
                } while (t.accept(Kind.COMMA));
                close();
                yield gf.createGeometryCollection(members.toArray(Geometry[]::new));
            }
            default -> throw new Cql2Exception(type.pos(), "未知的几何类型 " + type.text(), "unknown geometry type " + type.text());
        };
    }

    private Geometry empty(String name) {
        return switch (name) {
            case "POINT" -> gf.createPoint();
            case "LINESTRING" -> gf.createLineString();
            case "POLYGON" -> gf.createPolygon();
            case "MULTIPOINT" -> gf.createMultiPoint();
            case "MULTILINESTRING" -> gf.createMultiLineString();
            case "MULTIPOLYGON" -> gf.createMultiPolygon();
            default -> gf.createGeometryCollection();
        };
    }

    /** A parenthesised LineString body (the keyword already consumed or not used, as in MULTILINESTRING). */
    private LineString lineString() {
        Cql2Token start = t.peek();
        List<Coordinate> cs = coordinateList();
        if (cs.size() < 2) throw new Cql2Exception(start.pos(), "线至少需要 2 个点", "a LineString needs at least 2 points");
        return gf.createLineString(cs.toArray(Coordinate[]::new));
    }

    private Polygon polygon() {
        open();
        List<LinearRing> rings = new ArrayList<>();
        do {
            Cql2Token start = t.peek();
            List<Coordinate> cs = coordinateList();
            if (cs.size() < 4) {
                throw new Cql2Exception(start.pos(), "多边形的环至少需要 4 个点", "a polygon ring needs at least 4 points");
            }
            if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
                throw new Cql2Exception(start.pos(), "多边形的环未闭合（首末点应相同）", "polygon ring is not closed (first and last points differ)");
            }
            rings.add(gf.createLinearRing(cs.toArray(Coordinate[]::new)));
        } while (t.accept(Kind.COMMA));
        close();
        return gf.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
    }

    private List<Coordinate> coordinateList() {
        open();
        List<Coordinate> cs = new ArrayList<>();
        do cs.add(coordinate()); while (t.accept(Kind.COMMA));
        close();
        return cs;
    }

    private Coordinate coordinate() {
        double x = number(), y = number();
        if (t.at(Kind.NUMBER)) number(); // a third ordinate (height) is accepted and dropped
        return new Coordinate(x, y);
    }

    private Geometry bbox(Cql2Token keyword, boolean geographic) {
        open();
        List<Double> v = new ArrayList<>();
        do v.add(number()); while (t.accept(Kind.COMMA));
        close();
        if (v.size() != 4 && v.size() != 6) {
            throw new Cql2Exception(keyword.pos(), "BBOX 需要 4 个或 6 个数", "BBOX takes 4 or 6 numbers, not " + v.size());
        }
        int d = v.size() / 2;
        double x1 = v.get(0), y1 = v.get(1), x2 = v.get(d), y2 = v.get(d + 1);
        if (y1 > y2) throw new Cql2Exception(keyword.pos(), "BBOX 第二轴最小值大于最大值", "BBOX minimum of the second axis exceeds its maximum");
        if (x1 > x2) {
            if (!geographic) throw new Cql2Exception(keyword.pos(), "BBOX 第一轴最小值大于最大值", "BBOX minimum of the first axis exceeds its maximum");
            return gf.buildGeometry(List.of(box(x1, y1, 180, y2), box(-180, y1, x2, y2)));
        }
        return box(x1, y1, x2, y2);
    }

    /** The box as a polygon (a point or a line when it has no width or height). */
    private Geometry box(double x1, double y1, double x2, double y2) {
        return gf.toGeometry(new Envelope(x1, x2, y1, y2));
    }

    private double number() {
        Cql2Token n = t.expect(Kind.NUMBER, "坐标数值", "a coordinate number");
        double v = Double.parseDouble(n.text());
        if (!Double.isFinite(v)) throw new Cql2Exception(n.pos(), "坐标数值无效", "coordinate is not finite");
        return v;
    }

    private void open() { t.expect(Kind.LPAREN, " (", "'('"); }

    private void close() { t.expect(Kind.RPAREN, " )", "')'"); }
}
