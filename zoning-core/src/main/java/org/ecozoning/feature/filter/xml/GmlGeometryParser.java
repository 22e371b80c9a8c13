package org.ecozoning.feature.filter.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the GML 2 and GML 3 geometry literals that filters carry ({@code gml:Envelope},
 * {@code gml:Box}, {@code gml:Point}, {@code gml:LineString}, {@code gml:LinearRing},
 * {@code gml:Polygon} and their Multi… forms) into JTS geometries in the storage CRS, honouring
 * {@code srsName} (inherited by members), {@code srsDimension}, {@code gml:coordinates} with its
 * {@code cs}/{@code ts}/{@code decimal} attributes, {@code gml:pos}, {@code gml:posList} and
 * {@code gml:coord}.
 */
public final class GmlGeometryParser {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final GeometryFactory factory;
    private final StorageCrsTransform toStorage;

    public GmlGeometryParser(GeometryFactory factory, StorageCrsTransform toStorage) {
        this.factory = factory;
        this.toStorage = toStorage;
    }

    /** A parser with a default JTS factory and the default axis-order/proj4j handling. */
    public static GmlGeometryParser standard() {
        return new GmlGeometryParser(new GeometryFactory(), StorageCrsTransform.DEFAULT);
    }

    public GeometryFactory factory() { return factory; }

    /** Whether an element is a geometry (or envelope) this parser reads. */
    public static boolean isGeometry(XmlElement e) {
        return switch (e.localName()) {
            case "Point", "LineString", "LinearRing", "Polygon", "Envelope", "Box", "MultiPoint", "MultiLineString",
                 "MultiCurve", "MultiPolygon", "MultiSurface", "MultiGeometry" -> true;
            default -> false;
        };
    }

    /**
     * Parses a geometry element; an Envelope or Box becomes its rectangle as a polygon.
     *
     * @param inheritedSrs the srsName in force from an ancestor element, or null
     */
    public Geometry parse(XmlElement e, SrsName inheritedSrs) {
        SrsName srs = srsOf(e, inheritedSrs);
        return switch (e.localName()) {
            case "Envelope", "Box" -> factory.toGeometry(parseEnvelope(e, inheritedSrs));
            case "Point" -> point(e, srs);
            case "LineString" -> factory.createLineString(coordinates(e, srs, 2));
            case "LinearRing" -> ring(e, srs);
            case "Polygon" -> polygon(e, srs);
            case "MultiPoint" -> factory.createMultiPoint(members(e, srs, Point.class).toArray(new Point[0]));
            case "MultiLineString", "MultiCurve" ->
                    factory.createMultiLineString(members(e, srs, LineString.class).toArray(new LineString[0]));
            case "MultiPolygon", "MultiSurface" ->
                    factory.createMultiPolygon(members(e, srs, Polygon.class).toArray(new Polygon[0]));
            case "MultiGeometry" -> factory.createGeometryCollection(members(e, srs, Geometry.class).toArray(new Geometry[0]));
            default -> throw new XmlParseException(e.line(), "不支持的 GML 几何类型 <" + e.localName() + ">",
                    "unsupported GML geometry <" + e.localName() + ">");
        };
    }

    /** Parses the geometry element itself, with no inherited srsName. */
    public Geometry parse(XmlElement e) { return parse(e, null); }

    /** Parses a gml:Envelope (lowerCorner/upperCorner) or gml:Box (coordinates or two coord) into storage CRS. */
    public Envelope parseEnvelope(XmlElement e, SrsName inheritedSrs) {
        SrsName srs = srsOf(e, inheritedSrs);
        double[] xy;
        XmlElement lower = e.child("lowerCorner"), upper = e.child("upperCorner");
        if (lower != null && upper != null) {
            double[] lo = numbers(lower), hi = numbers(upper);
            if (lo.length < 2 || hi.length < 2) throw bad(e, "角点坐标不足两个数值", "corner with fewer than two numbers");
            xy = new double[] {lo[0], lo[1], hi[0], hi[1]};
        } else {
            xy = coordinates2d(e, dimension(e, 2));
            if (xy.length != 4) throw bad(e, "范围必须正好有两个角点", "an envelope needs exactly two corners");
        }
        if (srs != null && srs.epsg() != 4326 && srs.epsg() != 4490) {
            // reproject all four corners so the result encloses the rotated/curved box
            double[] four = {xy[0], xy[1], xy[2], xy[1], xy[2], xy[3], xy[0], xy[3]};
            toStorage.toStorage(four, 4, srs, e.line());
            Envelope env = new Envelope();
            for (int i = 0; i < 4; i++) env.expandToInclude(four[2 * i], four[2 * i + 1]);
            return env;
        }
        toStorage.toStorage(xy, 2, srs, e.line());
        return new Envelope(xy[0], xy[2], xy[1], xy[3]);
    }

    private Point point(XmlElement e, SrsName srs) {
        Coordinate[] c = coordinates(e, srs, 1);
        if (c.length != 1) throw bad(e, "点必须正好有一个坐标", "a point needs exactly one position");
        return factory.createPoint(c[0]);
    }

    private LinearRing ring(XmlElement e, SrsName srs) {
        Coordinate[] c = coordinates(e, srs, 4);
        if (!c[0].equals2D(c[c.length - 1])) throw bad(e, "线环未闭合", "the linear ring is not closed");
        return factory.createLinearRing(c);
    }

    private Polygon polygon(XmlElement e, SrsName srs) {
        XmlElement outer = first(e, "exterior", "outerBoundaryIs");
        if (outer == null) throw bad(e, "多边形缺少外环 <exterior>", "polygon lacks <exterior>/<outerBoundaryIs>");
        LinearRing shell = ring(outer.requireChild("LinearRing"), srs);
        List<LinearRing> holes = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.is("interior") || c.is("innerBoundaryIs")) holes.add(ring(c.requireChild("LinearRing"), srs));
        }
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private <T extends Geometry> List<T> members(XmlElement e, SrsName srs, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (XmlElement m : e.children()) {
            if (!m.localName().endsWith("Member") && !m.localName().endsWith("Members")) continue;
            for (XmlElement g : m.children()) {
                Geometry geom = parse(g, srs);
                if (!type.isInstance(geom)) {
                    throw bad(g, "成员几何类型不符：<" + g.localName() + ">", "unexpected member geometry <" + g.localName() + ">");
                }
                out.add(type.cast(geom));
            }
        }
        return out;
    }

    private Coordinate[] coordinates(XmlElement e, SrsName srs, int min) {
        double[] xy = coordinates2d(e, dimension(e, 2));
        int n = xy.length / 2;
        if (n < min) {
            throw bad(e, "<" + e.localName() + "> 至少需要 " + min + " 个坐标，实际 " + n,
                    "<" + e.localName() + "> needs at least " + min + " positions, got " + n);
        }
        toStorage.toStorage(xy, n, srs, e.line());
        Coordinate[] out = new Coordinate[n];
        for (int i = 0; i < n; i++) out[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        return out;
    }

    /** Interleaved x/y of the element's positions as written (axis order untouched). */
    private double[] coordinates2d(XmlElement e, int dim) {
        XmlElement posList = e.child("posList");
        if (posList != null) return strip(numbers(posList), dimension(posList, dim), posList);
        XmlElement coords = e.child("coordinates");
        if (coords != null) return gmlCoordinates(coords);
        List<Double> out = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.is("pos")) {
                double[] p = numbers(c);
                if (p.length < 2) throw bad(c, "<pos> 少于两个数值", "<pos> with fewer than two numbers");
                out.add(p[0]);
                out.add(p[1]);
            } else if (c.is("coord")) {
                out.add(number(c.requireChild("X")));
                out.add(number(c.requireChild("Y")));
            } else if (c.is("pointProperty") || c.is("pointRep")) {
                double[] p = coordinates2d(c.requireChild("Point"), dim);
                out.add(p[0]);
                out.add(p[1]);
            }
        }
        double[] xy = new double[out.size()];
        for (int i = 0; i < xy.length; i++) xy[i] = out.get(i);
        return xy;
    }

    private double[] gmlCoordinates(XmlElement c) {
        String cs = attr(c, "cs", ","), ts = attr(c, "ts", " "), decimal = attr(c, "decimal", ".");
        String text = c.text();
        if (!decimal.equals(".")) text = text.replace(decimal, ".");
        String[] tuples = ts.isBlank() ? WHITESPACE.split(text.trim()) : text.trim().split(Pattern.quote(ts));
        List<Double> out = new ArrayList<>();
        for (String t : tuples) {
            if (t.isBlank()) continue;
            String[] parts = t.trim().split(Pattern.quote(cs));
            if (parts.length < 2) throw bad(c, "坐标元组不足两个分量：" + t, "coordinate tuple with fewer than two values: " + t);
            out.add(parse(parts[0], c));
            out.add(parse(parts[1], c));
        }
        double[] xy = new double[out.size()];
        for (int i = 0; i < xy.length; i++) xy[i] = out.get(i);
        return xy;
    }

    private static double[] strip(double[] values, int dim, XmlElement e) {
        if (dim < 2) dim = 2;
        if (values.length % dim != 0) {
            throw bad(e, "坐标数值个数不是维数 " + dim + " 的整数倍", "the number of values is not a multiple of the dimension " + dim);
        }
        if (dim == 2) return values;
        double[] xy = new double[values.length / dim * 2];
        for (int i = 0, j = 0; i < values.length; i += dim, j += 2) {
            xy[j] = values[i];
            xy[j + 1] = values[i + 1];
        }
        return xy;
    }

    private static int dimension(XmlElement e, int fallback) {
        String d = e.attribute("srsDimension");
        if (d == null) d = e.attribute("dimension");
        if (d == null) return fallback;
        try {
            return Integer.parseInt(d.trim());
        } catch (NumberFormatException ex) {
            throw bad(e, "无效的 srsDimension：" + d, "invalid srsDimension: " + d);
        }
    }

    private static SrsName srsOf(XmlElement e, SrsName inherited) {
        String s = e.attribute("srsName");
        return s == null || s.isBlank() ? inherited : SrsName.parse(s, e.line());
    }

    private static double[] numbers(XmlElement e) {
        String t = e.text();
        if (t.isEmpty()) return new double[0];
        String[] parts = WHITESPACE.split(t);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = parse(parts[i], e);
        return out;
    }

    private static double number(XmlElement e) { return parse(e.text(), e); }

    private static double parse(String s, XmlElement e) {
        try {
            double d = Double.parseDouble(s.trim());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException ex) {
            throw bad(e, "无效的坐标数值：" + s, "invalid coordinate value: " + s);
        }
    }

    private static String attr(XmlElement e, String name, String fallback) {
        String v = e.attribute(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static XmlElement first(XmlElement e, String a, String b) {
        XmlElement c = e.child(a);
        return c != null ? c : e.child(b);
    }

    private static XmlParseException bad(XmlElement e, String zh, String en) {
        return new XmlParseException(e.line(), zh, en);
    }
}
