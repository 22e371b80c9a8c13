package org.ecozoning.ogc.wms;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.FeatureIds;
import org.ecozoning.ogc.common.GeoJsonFeatureWriter;
import org.ecozoning.ogc.common.Html;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.Xml;
import org.ecozoning.ogc.gml.Gml2GeometryWriter;
import org.ecozoning.ogc.gml.GmlFeatureWriter;
import org.ecozoning.ogc.gml.GmlVersion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes GetFeatureInfo answers: an HTML page with one table per layer (Chinese column titles,
 * everything escaped), plain text, a GeoJSON FeatureCollection (the shared feature encoding, lon/lat),
 * or a WFS-style feature collection in GML 2 ({@code application/vnd.ogc.gml}, what OpenLayers and
 * QGIS parse) or GML 3.1.1 (the shared GML feature writer). GML geometries are in the map's CRS.
 */
final class FeatureInfoWriter {
    static final String WFS = "http://www.opengis.net/wfs";
    private static final JsonFactory JSON = new JsonFactory();

    private final CrsSupport crs;

    FeatureInfoWriter(CrsSupport crs) { this.crs = crs; }

    void write(InfoFormat format, List<FeatureInfoQuery.Hits> hits, Crs mapCrs, OutputStream out) throws IOException {
        switch (format) {
            case HTML -> html(hits, out);
            case TEXT -> text(hits, out);
            case JSON -> json(hits, out);
            case GML2 -> gml2(hits, mapCrs, out);
            case GML3 -> gml3(hits, mapCrs, out);
        }
    }

    private static String heading(AttributeDescriptor a) {
        return a.titleZh() == null || a.titleZh().isBlank() || a.titleZh().equals(a.name()) ? a.name() : a.titleZh() + " (" + a.name() + ")";
    }

    private static String value(Object v) { return v == null ? "" : GmlFeatureWriter.text(v); }

    private static void html(List<FeatureInfoQuery.Hits> hits, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>要素信息 / Feature info</title>\n"
                + "<style>body{font-family:sans-serif;font-size:13px}table{border-collapse:collapse;margin-bottom:1em}"
                + "th,td{border:1px solid #bbb;padding:2px 6px;text-align:left}caption{font-weight:bold;text-align:left}</style>"
                + "</head><body>\n");
        int total = 0;
        for (FeatureInfoQuery.Hits h : hits) {
            if (h.features().isEmpty()) continue;
            total += h.features().size();
            FeatureType type = h.layer().source().type();
            w.write("<table class=\"featureInfo\" data-layer=\"" + Html.esc(h.layer().qualifiedName()) + "\"><caption>" + Html.esc(h.layer().title())
                    + "</caption>\n<tr><th>要素标识 / ID</th>");
            for (AttributeDescriptor a : type.attributes()) w.write("<th>" + Html.esc(heading(a)) + "</th>");
            w.write("</tr>\n");
            for (Feature f : h.features()) {
                w.write("<tr><td>" + Html.esc(FeatureIds.of(h.layer(), f.id())) + "</td>");
                for (int i = 0; i < type.attributes().size(); i++) w.write("<td>" + Html.esc(value(f.value(i))) + "</td>");
                w.write("</tr>\n");
            }
            w.write("</table>\n");
        }
        if (total == 0) w.write("<p>此处没有要素。 / No features here.</p>\n");
        w.write("</body></html>\n");
        w.flush();
    }

    private static void text(List<FeatureInfoQuery.Hits> hits, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int total = 0;
        for (FeatureInfoQuery.Hits h : hits) {
            if (h.features().isEmpty()) continue;
            total += h.features().size();
            FeatureType type = h.layer().source().type();
            w.write("图层 / Layer: " + h.layer().qualifiedName() + " " + h.layer().title() + "\n");
            for (Feature f : h.features()) {
                w.write("  要素 / Feature: " + FeatureIds.of(h.layer(), f.id()) + "\n");
                for (int i = 0; i < type.attributes().size(); i++) {
                    w.write("    " + heading(type.attributes().get(i)) + " = " + value(f.value(i)) + "\n");
                }
            }
        }
        if (total == 0) w.write("此处没有要素。 / No features here.\n");
        w.flush();
    }

    private void json(List<FeatureInfoQuery.Hits> hits, OutputStream out) throws IOException {
        GeoJsonFeatureWriter features = new GeoJsonFeatureWriter(crs);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            int n = 0;
            for (FeatureInfoQuery.Hits h : hits) {
                String layer = h.layer().qualifiedName();
                for (Feature f : h.features()) {
                    features.write(g, f, FeatureIds.of(h.layer(), f.id()), Crs.STORAGE, false, p -> true,
                            gen -> gen.writeStringField("layer", layer));
                    n++;
                }
            }
            g.writeEndArray();
            g.writeNumberField("numberReturned", n);
            g.writeEndObject();
        }
    }

    private void gml2(List<FeatureInfoQuery.Hits> hits, Crs target, OutputStream out) throws IOException {
        Gml2GeometryWriter geometries = new Gml2GeometryWriter(target.geographic() ? 7 : 3);
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            start(w);
            Envelope bounds = new Envelope();
            for (FeatureInfoQuery.Hits h : hits) {
                for (Feature f : h.features()) if (f.geometry() != null) bounds.expandToInclude(crs.fromStorage(f.geometry().getEnvelopeInternal(), target));
            }
            w.writeStartElement("gml", "boundedBy", Gml2GeometryWriter.NS);
            if (bounds.isNull()) {
                Xml.element(w, "gml", Gml2GeometryWriter.NS, "null", "missing");
            } else {
                w.writeStartElement("gml", "Box", Gml2GeometryWriter.NS);
                w.writeAttribute("srsName", target.id());
                w.writeStartElement("gml", "coordinates", Gml2GeometryWriter.NS);
                int d = target.geographic() ? 7 : 3;
                w.writeCharacters(CapabilitiesWriter.num(bounds.getMinX(), d) + "," + CapabilitiesWriter.num(bounds.getMinY(), d) + " "
                        + CapabilitiesWriter.num(bounds.getMaxX(), d) + "," + CapabilitiesWriter.num(bounds.getMaxY(), d));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            for (FeatureInfoQuery.Hits h : hits) {
                FeatureType type = h.layer().source().type();
                for (Feature f : h.features()) {
                    w.writeStartElement("gml", "featureMember", Gml2GeometryWriter.NS);
                    w.writeStartElement(LayerCatalog.PREFIX, type.name(), LayerCatalog.NAMESPACE);
                    w.writeAttribute("fid", FeatureIds.of(h.layer(), f.id()));
                    for (int i = 0; i < type.attributes().size(); i++) {
                        Object v = f.value(i);
                        if (v == null) continue;
                        Xml.element(w, LayerCatalog.PREFIX, LayerCatalog.NAMESPACE, type.attributes().get(i).name(), value(v));
                    }
                    Geometry g = f.geometry();
                    if (g != null && !g.isEmpty()) {
                        w.writeStartElement(LayerCatalog.PREFIX, type.geometryName(), LayerCatalog.NAMESPACE);
                        geometries.write(w, crs.fromStorage(g, target), target.id());
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void gml3(List<FeatureInfoQuery.Hits> hits, Crs target, OutputStream out) throws IOException {
        GmlFeatureWriter features = new GmlFeatureWriter(GmlVersion.GML_3_1_1, crs);
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            start(w);
            for (FeatureInfoQuery.Hits h : hits) {
                for (Feature f : h.features()) {
                    w.writeStartElement("gml", "featureMember", GmlVersion.GML_3_1_1.namespace());
                    features.write(w, h.layer(), f, FeatureIds.of(h.layer(), f.id()), p -> true, target);
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** {@code <wfs:FeatureCollection>} with the namespaces its members use. */
    private static void start(XMLStreamWriter w) throws XMLStreamException {
        w.setPrefix("wfs", WFS);
        w.setPrefix("gml", Gml2GeometryWriter.NS);
        w.setPrefix(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
        w.writeStartElement("wfs", "FeatureCollection", WFS);
        w.writeNamespace("wfs", WFS);
        w.writeNamespace("gml", Gml2GeometryWriter.NS);
        w.writeNamespace(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
    }
}
