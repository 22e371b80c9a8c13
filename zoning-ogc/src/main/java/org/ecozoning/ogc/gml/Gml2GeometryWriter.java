package org.ecozoning.ogc.gml;

import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as GML 2.1.2 ({@code gml:coordinates}, {@code outerBoundaryIs}), the
 * encoding WMS clients (OpenLayers, QGIS) expect for GetFeatureInfo in
 * {@code application/vnd.ogc.gml}. Coordinates are written x,y (easting/longitude first), as GML 2
 * does for every srsName; numbers are rounded to the given decimals.
 */
public final class Gml2GeometryWriter {
    /** The GML 2 namespace (shared with GML 3.1.1). */
    public static final String NS = "http://www.opengis.net/gml";

    private final double scale;

    /** @param decimals digits after the point: 7 for degrees, 3 for metres */
    public Gml2GeometryWriter(int decimals) {
        this.scale = Math.pow(10, decimals);
    }

    /** Writes one geometry element with {@code srsName} on it (null for none). */
    public void write(XMLStreamWriter w, Geometry g, String srsName) throws XMLStreamException {
        switch (g) {
            case Point p -> {
                start(w, "Point", srsName);
                if (!p.isEmpty()) coordinates(w, p.getCoordinateSequence());
                w.writeEndElement();
            }
            case LineString l -> {
                start(w, "LineString", srsName);
                coordinates(w, l.getCoordinateSequence());
                w.writeEndElement();
            }
            case Polygon p -> {
                start(w, "Polygon", srsName);
                if (!p.isEmpty()) {
                    ring(w, "outerBoundaryIs", p.getExteriorRing().getCoordinateSequence());
                    for (int i = 0; i < p.getNumInteriorRing(); i++) ring(w, "innerBoundaryIs", p.getInteriorRingN(i).getCoordinateSequence());
                }
                w.writeEndElement();
            }
            case MultiPolygon mp -> members(w, mp, "MultiPolygon", "polygonMember", srsName);
            case MultiLineString ml -> members(w, ml, "MultiLineString", "lineStringMember", srsName);
            case MultiPoint mp -> members(w, mp, "MultiPoint", "pointMember", srsName);
            case GeometryCollection gc -> members(w, gc, "MultiGeometry", "geometryMember", srsName);
            default -> throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
        }
    }

    private static void start(XMLStreamWriter w, String name, String srsName) throws XMLStreamException {
        w.writeStartElement("gml", name, NS);
        if (srsName != null) w.writeAttribute("srsName", srsName);
    }

    private void members(XMLStreamWriter w, Geometry multi, String name, String member, String srsName) throws XMLStreamException {
        start(w, name, srsName);
        for (int i = 0; i < multi.getNumGeometries(); i++) {
            w.writeStartElement("gml", member, NS);
            write(w, multi.getGeometryN(i), null);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void ring(XMLStreamWriter w, String role, CoordinateSequence seq) throws XMLStreamException {
        w.writeStartElement("gml", role, NS);
        w.writeStartElement("gml", "LinearRing", NS);
        coordinates(w, seq);
        w.writeEndElement();
        w.writeEndElement();
    }

    private void coordinates(XMLStreamWriter w, CoordinateSequence seq) throws XMLStreamException {
        w.writeStartElement("gml", "coordinates", NS);
        w.writeAttribute("decimal", ".");
        w.writeAttribute("cs", ",");
        w.writeAttribute("ts", " ");
        StringBuilder sb = new StringBuilder(seq.size() * 24);
        for (int i = 0; i < seq.size(); i++) {
            if (i > 0) sb.append(' ');
            number(sb, seq.getX(i));
            sb.append(',');
            number(sb, seq.getY(i));
        }
        w.writeCharacters(sb.toString());
        w.writeEndElement();
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
