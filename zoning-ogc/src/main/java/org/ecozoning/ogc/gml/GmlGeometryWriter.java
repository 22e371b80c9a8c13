package org.ecozoning.ogc.gml;

import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequences;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as GML 3.2 or 3.1.1 onto a StAX writer: Point, LineString, Polygon
 * (exterior/interior LinearRing with posList), MultiPoint, MultiCurve, MultiSurface and
 * MultiGeometry. A single geometry is wrapped in its Multi* form when the feature type declares
 * a Multi* property, so output stays valid against the DescribeFeatureType schema. Axis order is
 * swapped (northing first) when asked; numbers are rounded to the given decimals. Rings are written
 * exterior counter-clockwise, interior clockwise, as GML requires.
 */
public final class GmlGeometryWriter {
    private final GmlVersion version;
    private final String ns;
    private final double scale;

    /** @param decimals digits after the point: 7 for degrees (≈1 cm), 3 for metres */
    public GmlGeometryWriter(GmlVersion version, int decimals) {
        this.version = version;
        this.ns = version.namespace();
        this.scale = Math.pow(10, decimals);
    }

    /**
     * Writes one geometry element.
     *
     * @param srsName written on the outer element
     * @param northingFirst write y before x
     * @param gmlId id of the outer element (nested ones get suffixes); may be null for GML 3.1.1
     * @param declaredType the feature type's geometry type ("MultiPolygon", …, "Geometry")
     */
    public void write(XMLStreamWriter w, Geometry g, String srsName, boolean northingFirst, String gmlId, String declaredType)
            throws XMLStreamException {
        Ctx c = new Ctx(w, northingFirst, gmlId);
        Geometry out = wrap(g, declaredType);
        element(c, out, srsName, gmlId);
    }

    private record Ctx(XMLStreamWriter w, boolean swap, String baseId) { }

    private static Geometry wrap(Geometry g, String declaredType) {
        var f = g.getFactory();
        return switch (declaredType) {
            case "MultiPolygon" -> g instanceof Polygon p ? f.createMultiPolygon(new Polygon[] {p}) : g;
            case "MultiLineString" -> g instanceof LineString l ? f.createMultiLineString(new LineString[] {l}) : g;
            case "MultiPoint" -> g instanceof Point p ? f.createMultiPoint(new Point[] {p}) : g;
            default -> g;
        };
    }

    private void start(Ctx c, String name, String srsName, String id) throws XMLStreamException {
        c.w.writeStartElement("gml", name, ns);
        if (id != null) c.w.writeAttribute("gml", ns, "id", id);
        if (srsName != null) c.w.writeAttribute("srsName", srsName);
    }

    private String childId(String id, String suffix) {
        return id == null ? null : id + "." + suffix;
    }

    private void element(Ctx c, Geometry g, String srsName, String id) throws XMLStreamException {
        XMLStreamWriter w = c.w;
        switch (g) {
            case Point p -> {
                start(c, "Point", srsName, id);
                w.writeStartElement("gml", "pos", ns);
                if (!p.isEmpty()) positions(c, p.getCoordinateSequence());
                w.writeEndElement();
                w.writeEndElement();
            }
            case LineString l -> {
                start(c, "LineString", srsName, id);
                posList(c, l.getCoordinateSequence());
                w.writeEndElement();
            }
            case Polygon p -> {
                start(c, "Polygon", srsName, id);
                if (!p.isEmpty()) {
                    ring(c, "exterior", oriented(p.getExteriorRing().getCoordinateSequence(), true));
                    for (int i = 0; i < p.getNumInteriorRing(); i++) {
                        ring(c, "interior", oriented(p.getInteriorRingN(i).getCoordinateSequence(), false));
                    }
                }
                w.writeEndElement();
            }
            case MultiPolygon mp -> members(c, mp, "MultiSurface", "surfaceMember", srsName, id);
            case MultiLineString ml -> members(c, ml, "MultiCurve", "curveMember", srsName, id);
            case MultiPoint mp -> members(c, mp, "MultiPoint", "pointMember", srsName, id);
            case GeometryCollection gc -> members(c, gc, "MultiGeometry", "geometryMember", srsName, id);
            default -> throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
        }
    }

    private void members(Ctx c, Geometry multi, String name, String member, String srsName, String id) throws XMLStreamException {
        start(c, name, srsName, id);
        for (int i = 0; i < multi.getNumGeometries(); i++) {
            c.w.writeStartElement("gml", member, ns);
            element(c, multi.getGeometryN(i), null, version.idRequired() ? childId(id, String.valueOf(i + 1)) : null);
            c.w.writeEndElement();
        }
        c.w.writeEndElement();
    }

    /**
     * GML (ISO 19136 10.5.10, ISO 19107) wants exterior rings counter-clockwise and interior rings
     * clockwise seen from above; stored data (shapefiles, for one) often has the opposite. Decided in
     * easting/northing order, before any axis swap, so the orientation is geographic.
     */
    private static CoordinateSequence oriented(CoordinateSequence seq, boolean counterClockwise) {
        if (seq.size() < 4 || Orientation.isCCW(seq) == counterClockwise) return seq;
        CoordinateSequence copy = seq.copy();
        CoordinateSequences.reverse(copy);
        return copy;
    }

    private void ring(Ctx c, String role, CoordinateSequence seq) throws XMLStreamException {
        c.w.writeStartElement("gml", role, ns);
        c.w.writeStartElement("gml", "LinearRing", ns);
        posList(c, seq);
        c.w.writeEndElement();
        c.w.writeEndElement();
    }

    private void posList(Ctx c, CoordinateSequence seq) throws XMLStreamException {
        c.w.writeStartElement("gml", "posList", ns);
        positions(c, seq);
        c.w.writeEndElement();
    }

    private void positions(Ctx c, CoordinateSequence seq) throws XMLStreamException {
        StringBuilder sb = new StringBuilder(seq.size() * 24);
        for (int i = 0; i < seq.size(); i++) {
            if (i > 0) sb.append(' ');
            double x = seq.getX(i), y = seq.getY(i);
            number(sb, c.swap ? y : x);
            sb.append(' ');
            number(sb, c.swap ? x : y);
        }
        c.w.writeCharacters(sb.toString());
    }

    private void number(StringBuilder sb, double v) {
        double r = Math.round(v * scale) / scale;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            sb.append((long) r);
        } else {
            sb.append(BigDecimal.valueOf(r).stripTrailingZeros().toPlainString());
        }
    }
}
