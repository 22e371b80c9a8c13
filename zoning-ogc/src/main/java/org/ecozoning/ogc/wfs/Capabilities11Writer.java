package org.ecozoning.ogc.wfs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.ExceptionReport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.ecozoning.ogc.common.Xml;

/**
 * The WFS 1.1.0 capabilities document (OWS 1.0 + Filter 1.1 Filter_Capabilities): the
 * operations GetCapabilities, DescribeFeatureType and GetFeature, GML 3.1.1 and GeoJSON output.
 * OWS 1.0 has no language tags, so titles are written "中文 / English".
 */
final class Capabilities11Writer {
    private static final String OWS = ExceptionReport.OWS10;
    private static final String OGC = FesFilterParser.OGC;
    private static final String GML = "http://www.opengis.net/gml";

    private final WfsConfig config;
    private final String endpoint;

    Capabilities11Writer(WfsConfig config, String endpoint) {
        this.config = config;
        this.endpoint = endpoint;
    }

    void write(OutputStream out, Set<String> sections) throws IOException {
        String wfs = WfsVersion.V1_1_0.namespace();
        try {
            XMLStreamWriter w = Xml.writer(out);
            CapabilitiesParts.startRoot(w, wfs, OWS, "ogc", OGC, GML, "1.1.0", WfsVersion.V1_1_0.schemaLocation());
            ServiceMetadata m = config.metadata();
            if (CapabilitiesParts.wants(sections, "ServiceIdentification")) {
                w.writeStartElement("ows", "ServiceIdentification", OWS);
                Xml.element(w, "ows", OWS, "Title", m.title());
                Xml.element(w, "ows", OWS, "Abstract", m.abstractText());
                CapabilitiesParts.keywords(w, OWS, m.keywords());
                Xml.element(w, "ows", OWS, "ServiceType", "WFS");
                Xml.element(w, "ows", OWS, "ServiceTypeVersion", "1.1.0");
                Xml.element(w, "ows", OWS, "Fees", m.fees());
                Xml.element(w, "ows", OWS, "AccessConstraints", m.accessConstraints());
                w.writeEndElement();
            }
            if (CapabilitiesParts.wants(sections, "ServiceProvider")) CapabilitiesParts.serviceProvider(w, OWS, m);
            if (CapabilitiesParts.wants(sections, "OperationsMetadata")) operations(w);
            if (CapabilitiesParts.wants(sections, "FeatureTypeList")) featureTypes(w, wfs);
            filterCapabilities(w); // mandatory in WFS 1.1
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void operations(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("ows", "OperationsMetadata", OWS);
        operation(w, "GetCapabilities", "AcceptVersions", List.of("1.1.0", "2.0.0"));
        operation(w, "DescribeFeatureType", "outputFormat", OutputFormat.GML311.advertisedNames());
        List<String> formats = new java.util.ArrayList<>(OutputFormat.GML311.advertisedNames());
        formats.addAll(OutputFormat.GEOJSON.advertisedNames());
        w.writeStartElement("ows", "Operation", OWS);
        w.writeAttribute("name", "GetFeature");
        dcp(w);
        parameter(w, "resultType", List.of("results", "hits"));
        parameter(w, "outputFormat", formats);
        w.writeEndElement();
        w.writeEndElement();
    }

    private void operation(XMLStreamWriter w, String name, String param, List<String> values) throws XMLStreamException {
        w.writeStartElement("ows", "Operation", OWS);
        w.writeAttribute("name", name);
        dcp(w);
        parameter(w, param, values);
        w.writeEndElement();
    }

    private void dcp(XMLStreamWriter w) throws XMLStreamException {
        CapabilitiesParts.dcp(w, OWS, endpoint);
    }

    private static void parameter(XMLStreamWriter w, String name, List<String> values) throws XMLStreamException {
        w.writeStartElement("ows", "Parameter", OWS);
        w.writeAttribute("name", name);
        for (String v : values) Xml.element(w, "ows", OWS, "Value", v);
        w.writeEndElement();
    }

    private void featureTypes(XMLStreamWriter w, String wfs) throws XMLStreamException {
        w.writeStartElement("wfs", "FeatureTypeList", wfs);
        w.writeStartElement("wfs", "Operations", wfs);
        Xml.element(w, "wfs", wfs, "Operation", "Query");
        w.writeEndElement();
        for (LayerInfo l : config.catalog().layers()) {
            w.writeStartElement("wfs", "FeatureType", wfs);
            Xml.element(w, "wfs", wfs, "Name", l.qualifiedName());
            Xml.element(w, "wfs", wfs, "Title", l.title());
            Xml.element(w, "wfs", wfs, "Abstract", l.abstractZh().isEmpty() ? l.abstractEn() : l.abstractZh() + " / " + l.abstractEn());
            CapabilitiesParts.keywords(w, OWS, l.keywords());
            Xml.element(w, "wfs", wfs, "DefaultSRS", QueryPlanner.DEFAULT_CRS);
            for (int code : config.crs().supportedEpsg()) {
                if (code != Crs.STORAGE.epsg()) Xml.element(w, "wfs", wfs, "OtherSRS", Crs.urn(code));
            }
            w.writeStartElement("wfs", "OutputFormats", wfs);
            Xml.element(w, "wfs", wfs, "Format", OutputFormat.GML311.mime());
            Xml.element(w, "wfs", wfs, "Format", OutputFormat.GEOJSON.mime());
            w.writeEndElement();
            CapabilitiesParts.wgs84Box(w, OWS, l.bbox());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void filterCapabilities(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("ogc", "Filter_Capabilities", OGC);
        w.writeStartElement("ogc", "Spatial_Capabilities", OGC);
        w.writeStartElement("ogc", "GeometryOperands", OGC);
        for (String g : List.of("gml:Envelope", "gml:Point", "gml:LineString", "gml:Polygon")) {
            Xml.element(w, "ogc", OGC, "GeometryOperand", g);
        }
        w.writeEndElement();
        w.writeStartElement("ogc", "SpatialOperators", OGC);
        for (String op : Capabilities20Writer.SPATIAL) {
            w.writeEmptyElement("ogc", "SpatialOperator", OGC);
            w.writeAttribute("name", op);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("ogc", "Scalar_Capabilities", OGC);
        w.writeEmptyElement("ogc", "LogicalOperators", OGC);
        w.writeStartElement("ogc", "ComparisonOperators", OGC);
        for (String op : List.of("LessThan", "GreaterThan", "LessThanEqualTo", "GreaterThanEqualTo", "EqualTo", "NotEqualTo",
                "Like", "Between", "NullCheck")) {
            Xml.element(w, "ogc", OGC, "ComparisonOperator", op);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("ogc", "Id_Capabilities", OGC);
        w.writeEmptyElement("ogc", "EID", OGC);
        w.writeEmptyElement("ogc", "FID", OGC);
        w.writeEndElement();
        w.writeEndElement();
    }
}
