package org.ecozoning.ogc.gml;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.referencing.AxisSwap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads GML geometries (3.2, 3.1.1 and the GML 2 forms FES 1.x clients still send) from a DOM
 * element into JTS, coordinates as written (first ordinate → x): the caller swaps axes and
 * reprojects according to the srsName. Supports Envelope, Box, Point, LineString, Curve of
 * LineStringSegments, LinearRing, Polygon, Surface of PolygonPatches, MultiPoint, MultiCurve,
 * MultiLineString, MultiSurface, MultiPolygon and MultiGeometry with pos, posList and coordinates.
 */
public final class GmlGeometryReader {
    private final GeometryFactory factory;

    public GmlGeometryReader(GeometryFactory factory) { this.factory = factory; }

    public GmlGeometryReader() { this(new GeometryFactory()); }

    /** A geometry read from GML and the srsName found on it or its nearest ancestor (may be null). */
    public record Result(Geometry geometry, String srsName) { }

    /** Whether an element is in one of the GML namespaces. */
    public static boolean isGml(Node n) {
        return n instanceof Element && GmlVersion.ofNamespace(n.getNamespaceURI()) != null;
    }

    /**
     * Reads a geometry element; envelopes (gml:Envelope, gml:Box) come back as rectangles.
     *
     * @throws IllegalArgumentException for unknown elements and malformed coordinates
     */
    public Result read(Element e) {
        if (!isGml(e)) throw new IllegalArgumentException("not a GML geometry: " + name(e));
        return new Result(geometry(e, 2), srsName(e));
    }

    /** Swaps x and y of every coordinate (for northing-first CRS forms). */
    public static Geometry swapAxes(Geometry g) { return AxisSwap.swapXY(g); }

    private static String srsName(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("srsName")) return el.getAttribute("srsName");
            if (!isGml(el)) break;
        }
        // members may carry it on a nested element only (e.g. lowerCorner has none); look down
        return firstDescendantSrs(e);
    }

    private static String firstDescendantSrs(Element e) {
        for (Element c : children(e)) {
            if (c.hasAttribute("srsName")) return c.getAttribute("srsName");
            String s = firstDescendantSrs(c);
            if (s != null) return s;
        }
        return null;
    }

    private Geometry geometry(Element e, int dim) {
        dim = dimension(e, dim);
        return switch (e.getLocalName()) {
            case "Envelope" -> envelope(e, dim);
            case "Box" -> {
                Coordinate[] cs = coordinates(e, dim);
                if (cs.length != 2) throw new IllegalArgumentException("gml:Box needs two positions");
                yield box(cs[0], cs[1]);
            }
            case "Point" -> {
                Coordinate[] cs = coordinates(e, dim);
                if (cs.length != 1) throw new IllegalArgumentException("gml:Point needs one position");
                yield factory.createPoint(cs[0]);
            }
            case "LineString", "LineStringSegment" -> factory.createLineString(coordinates(e, dim));
            case "Curve" -> curve(e, dim);
            case "LinearRing" -> ring(e, dim);
            case "Polygon", "PolygonPatch" -> polygon(e, dim);
            case "Surface" -> surface(e, dim);
            case "MultiPoint" -> factory.createMultiPoint(members(e, dim, Point.class, "pointMember", "pointMembers").toArray(Point[]::new));
            case "MultiCurve", "MultiLineString" -> factory.createMultiLineString(
                    lines(members(e, dim, Geometry.class, "curveMember", "curveMembers", "lineStringMember")));
            case "MultiSurface", "MultiPolygon" -> factory.createMultiPolygon(
                    polygons(members(e, dim, Geometry.class, "surfaceMember", "surfaceMembers", "polygonMember")));
            case "MultiGeometry" -> factory.createGeometryCollection(
                    members(e, dim, Geometry.class, "geometryMember", "geometryMembers").toArray(Geometry[]::new));
            default -> throw new IllegalArgumentException("unsupported GML geometry element gml:" + e.getLocalName());
        };
    }

    private static int dimension(Element e, int inherited) {
        String d = e.getAttribute("srsDimension");
        if (d.isEmpty()) return inherited;
        try {
            int v = Integer.parseInt(d.trim());
            if (v < 2 || v > 4) throw new IllegalArgumentException("srsDimension must be 2, 3 or 4, got " + d);
            return v;
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException("bad srsDimension " + d);
        }
    }

    private Geometry envelope(Element e, int dim) {
        Element lower = child(e, "lowerCorner"), upper = child(e, "upperCorner");
        Coordinate lo, hi;
        if (lower != null && upper != null) {
            lo = ordinates(lower.getTextContent(), dimension(lower, dim))[0];
            hi = ordinates(upper.getTextContent(), dimension(upper, dim))[0];
        } else {
            Coordinate[] cs = coordinates(e, dim);
            if (cs.length != 2) throw new IllegalArgumentException("gml:Envelope needs lowerCorner and upperCorner");
            lo = cs[0];
            hi = cs[1];
        }
        if (lo.x > hi.x || lo.y > hi.y) {
            throw new IllegalArgumentException("envelope lowerCorner is above upperCorner: " + lo + " / " + hi);
        }
        return box(lo, hi);
    }

    private Geometry box(Coordinate a, Coordinate b) {
        return factory.toGeometry(new Envelope(a.x, b.x, a.y, b.y));
    }

    private Geometry curve(Element e, int dim) {
        Element segs = child(e, "segments");
        if (segs == null) throw new IllegalArgumentException("gml:Curve without segments");
        List<Coordinate> all = new ArrayList<>();
        for (Element s : children(segs)) {
            for (Coordinate c : coordinates(s, dimension(s, dim))) {
                if (all.isEmpty() || !all.get(all.size() - 1).equals2D(c)) all.add(c);
            }
        }
        return factory.createLineString(all.toArray(Coordinate[]::new));
    }

    private LinearRing ring(Element e, int dim) {
        if (!"LinearRing".equals(e.getLocalName())) {
            throw new IllegalArgumentException("unsupported ring element gml:" + e.getLocalName() + " (use gml:LinearRing)");
        }
        Coordinate[] cs = coordinates(e, dim);
        if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
            throw new IllegalArgumentException("a linear ring needs at least 4 positions, first equal to last");
        }
        return factory.createLinearRing(cs);
    }

    private Polygon polygon(Element e, int dim) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (Element c : children(e)) {
            switch (c.getLocalName()) {
                case "exterior", "outerBoundaryIs" -> shell = ring(childElement(c), dim);
                case "interior", "innerBoundaryIs" -> holes.add(ring(childElement(c), dim));
                default -> { }
            }
        }
        if (shell == null) return factory.createPolygon();
        return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private Geometry surface(Element e, int dim) {
        Element patches = child(e, "patches");
        if (patches == null) throw new IllegalArgumentException("gml:Surface without patches");
        List<Polygon> ps = new ArrayList<>();
        for (Element p : children(patches)) ps.add(polygon(p, dimension(p, dim)));
        return ps.size() == 1 ? ps.get(0) : factory.createMultiPolygon(ps.toArray(Polygon[]::new));
    }

    private <T extends Geometry> List<T> members(Element e, int dim, Class<T> type, String... memberNames) {
        List<T> out = new ArrayList<>();
        for (Element m : children(e)) {
            String ln = m.getLocalName();
            boolean plural = ln.endsWith("Members");
            boolean known = false;
            for (String n : memberNames) known |= n.equals(ln);
            if (!known) continue;
            for (Element g : children(m)) {
                Geometry geom = geometry(g, dim);
                if (!type.isInstance(geom)) throw new IllegalArgumentException("unexpected member gml:" + g.getLocalName() + " in gml:" + e.getLocalName());
                out.add(type.cast(geom));
                if (!plural) break;
            }
        }
        return out;
    }

    private static LineString[] lines(List<Geometry> gs) {
        List<LineString> out = new ArrayList<>();
        for (Geometry g : gs) for (int i = 0; i < g.getNumGeometries(); i++) out.add((LineString) g.getGeometryN(i));
        return out.toArray(LineString[]::new);
    }

    private static Polygon[] polygons(List<Geometry> gs) {
        List<Polygon> out = new ArrayList<>();
        for (Geometry g : gs) for (int i = 0; i < g.getNumGeometries(); i++) out.add((Polygon) g.getGeometryN(i));
        return out.toArray(Polygon[]::new);
    }

    /** Positions of a simple geometry element: posList, a sequence of pos/pointProperty, or coordinates. */
    private Coordinate[] coordinates(Element e, int dim) {
        Element posList = child(e, "posList");
        if (posList != null) return ordinates(posList.getTextContent(), dimension(posList, dim));
        Element coords = child(e, "coordinates");
        if (coords != null) return gml2Coordinates(coords);
        List<Coordinate> out = new ArrayList<>();
        for (Element c : children(e)) {
            switch (c.getLocalName()) {
                case "pos" -> out.add(ordinates(c.getTextContent(), dimension(c, dim))[0]);
                case "coord" -> out.add(new Coordinate(number(text(c, "X")), number(text(c, "Y"))));
                case "pointProperty", "pointRep" -> out.add(((Point) geometry(childElement(c), dim)).getCoordinate());
                default -> { }
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("gml:" + e.getLocalName() + " has no positions");
        return out.toArray(Coordinate[]::new);
    }

    private static Coordinate[] ordinates(String text, int dim) {
        String t = text.trim();
        if (t.isEmpty()) throw new IllegalArgumentException("empty coordinate list");
        String[] parts = t.split("\\s+");
        if (parts.length % dim != 0) {
            throw new IllegalArgumentException("coordinate count " + parts.length + " is not a multiple of the dimension " + dim);
        }
        Coordinate[] cs = new Coordinate[parts.length / dim];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(number(parts[i * dim]), number(parts[i * dim + 1]));
        return cs;
    }

    private static Coordinate[] gml2Coordinates(Element c) {
        String cs = c.hasAttribute("cs") ? c.getAttribute("cs") : ",";
        String ts = c.hasAttribute("ts") ? c.getAttribute("ts") : " ";
        String dec = c.hasAttribute("decimal") ? c.getAttribute("decimal") : ".";
        List<Coordinate> out = new ArrayList<>();
        for (String tuple : c.getTextContent().trim().split(ts.equals(" ") ? "\\s+" : java.util.regex.Pattern.quote(ts))) {
            if (tuple.isBlank()) continue;
            String[] xy = tuple.trim().split(java.util.regex.Pattern.quote(cs));
            if (xy.length < 2) throw new IllegalArgumentException("bad coordinate tuple '" + tuple + "'");
            out.add(new Coordinate(number(xy[0].replace(dec, ".")), number(xy[1].replace(dec, "."))));
        }
        return out.toArray(Coordinate[]::new);
    }

    private static double number(String s) {
        try {
            double d = Double.parseDouble(s.trim());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + s + "'");
        }
    }

    private static String text(Element e, String child) {
        Element c = child(e, child);
        if (c == null) throw new IllegalArgumentException("missing gml:" + child);
        return c.getTextContent();
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) out.add(c);
        return out;
    }

    private static Element child(Element e, String localName) {
        if (e == null) return null;
        for (Element c : children(e)) if (localName == null || localName.equals(c.getLocalName())) return c;
        return null;
    }

    private static Element childElement(Element e) {
        Element c = child(e, null);
        if (c == null) throw new IllegalArgumentException("gml:" + e.getLocalName() + " is empty");
        return c;
    }

    private static String name(Element e) { return "{" + e.getNamespaceURI() + "}" + e.getLocalName(); }
}
