package org.ecozoning.ogc.processes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.AssessmentReport.UnitHit;
import org.ecozoning.geojson.GeoJsonWriter;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.ogc.common.Xml;
import org.ecozoning.ogc.gml.GmlGeometryWriter;
import org.ecozoning.ogc.gml.GmlVersion;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Geometry;

/**
 * The pieces of a site inside each control unit it touches, as a GeoJSON or GML 3.2 feature
 * collection (EPSG:4490, lon/lat in GeoJSON, lat/lon in GML with the URN CRS) carrying unit code,
 * name, class and the planar area and share the engine measured — for drawing in QGIS.
 */
public final class OverlapWriter {
    /** Namespace of the zoning feature types in GML output. */
    public static final String NS = "https://ecozoning.org/zoning";
    static final String WFS20 = "http://www.opengis.net/wfs/2.0";
    private static final JsonFactory JSON = new JsonFactory();

    /** One piece: the unit hit and the intersected geometry (lon/lat). */
    public record Piece(UnitHit hit, Geometry geometry) { }

    private OverlapWriter() { }

    /** Intersects the site with every unit the report lists. */
    public static List<Piece> pieces(Scheme scheme, AssessmentReport r, Geometry siteLonLat) {
        List<Piece> out = new ArrayList<>();
        for (UnitHit h : r.units()) {
            ControlUnit u = scheme.unit(h.code()).orElse(null);
            if (u == null) continue;
            Geometry piece = siteLonLat.getDimension() == 0 ? siteLonLat : u.geometry().intersection(siteLonLat);
            out.add(new Piece(h, piece));
        }
        return out;
    }

    public static byte[] geoJson(List<Piece> pieces) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        GeoJsonWriter gw = new GeoJsonWriter(7);
        try (JsonGenerator g = JSON.createGenerator(bos, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", "overlaps");
            g.writeArrayFieldStart("features");
            int i = 0;
            for (Piece p : pieces) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", "overlap." + (++i));
                g.writeFieldName("geometry");
                gw.write(p.geometry(), g);
                g.writeObjectFieldStart("properties");
                props(p.hit(), (k, v) -> {
                    if (v instanceof Double d) g.writeNumberField(k, d);
                    else g.writeStringField(k, String.valueOf(v));
                });
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    public static byte[] gml32(List<Piece> pieces) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        String gml = GmlVersion.GML_3_2.namespace();
        GmlGeometryWriter gw = new GmlGeometryWriter(GmlVersion.GML_3_2, 7);
        try {
            XMLStreamWriter w = Xml.writer(bos);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("wfs", "FeatureCollection", WFS20);
            w.writeNamespace("wfs", WFS20);
            w.writeNamespace("gml", gml);
            w.writeNamespace("zoning", NS);
            w.writeAttribute("numberMatched", String.valueOf(pieces.size()));
            w.writeAttribute("numberReturned", String.valueOf(pieces.size()));
            int i = 0;
            for (Piece p : pieces) {
                i++;
                w.writeStartElement("wfs", "member", WFS20);
                w.writeStartElement("zoning", "Overlap", NS);
                w.writeAttribute("gml", gml, "id", "overlap." + i);
                w.writeStartElement("zoning", "geometry", NS);
                gw.write(w, p.geometry(), "urn:ogc:def:crs:EPSG::4490", true, "overlap." + i + ".g", "Geometry");
                w.writeEndElement();
                props(p.hit(), (k, v) -> {
                    try {
                        Xml.element(w, "zoning", NS, k, v instanceof Double d ? num(d) : String.valueOf(v));
                    } catch (XMLStreamException e) {
                        throw new IOException(e);
                    }
                });
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException(e);
        }
        return bos.toByteArray();
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private interface Sink {
        void put(String k, Object v) throws IOException;
    }

    private static void props(UnitHit h, Sink s) throws IOException {
        s.put("code", h.code());
        s.put("name", h.name());
        s.put("unitClass", h.unitClass().name());
        s.put("unitClassZh", h.unitClassZh());
        s.put("subtype", h.subtype().name());
        s.put("subtypeZh", h.subtypeZh());
        s.put("area_m2", h.overlap());
        s.put("share", h.share());
    }
}
