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
 * The WFS 2.0.0 capabilities document (OWS 1.1 + FES 2.0 Filter_Capabilities). It declares
 * exactly what is implemented: Basic WFS with result paging, KVP and XML encodings, the
 * GetFeatureById stored query, the standard and spatial filters, sorting and minimum XPath; no
 * transactions, locking, joins, temporal filters, functions or versioning. Titles and abstracts
 * are given in Chinese and English ({@code xml:lang}).
 */
final class Capabilities20Writer {
    static final String FES = FesFilterParser.FES20;
    static final String GML = "http://www.opengis.net/gml/3.2";
    private static final String OWS = ExceptionReport.OWS11;
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    static final List<String> COMPARISON = List.of("PropertyIsEqualTo", "PropertyIsNotEqualTo", "PropertyIsLessThan",
            "PropertyIsGreaterThan", "PropertyIsLessThanOrEqualTo", "PropertyIsGreaterThanOrEqualTo", "PropertyIsLike",
            "PropertyIsNull", "PropertyIsNil", "PropertyIsBetween");
    static final List<String> SPATIAL = List.of("BBOX", "Equals", "Disjoint", "Intersects", "Touches", "Crosses", "Within",
            "Contains", "Overlaps", "DWithin", "Beyond");
    static final List<String> OPERANDS = List.of("gml:Envelope", "gml:Point", "gml:LineString", "gml:Polygon",
            "gml:MultiPoint", "gml:MultiCurve", "gml:MultiSurface");

    private final WfsConfig config;
    private final String endpoint;

    Capabilities20Writer(WfsConfig config, String endpoint) {
        this.config = config;
        this.endpoint = endpoint;
    }

    void write(OutputStream out, Set<String> sections) throws IOException {
        try {
            XMLStreamWriter w = Xml.writer(out);
            CapabilitiesParts.startRoot(w, WfsVersion.V2_0_0.namespace(), OWS, "fes", FES, GML, "2.0.0",
                    WfsVersion.V2_0_0.schemaLocation());
            if (CapabilitiesParts.wants(sections, "ServiceIdentification")) serviceIdentification(w);
            if (CapabilitiesParts.wants(sections, "ServiceProvider")) serviceProvider(w);
            if (CapabilitiesParts.wants(sections, "OperationsMetadata")) operations(w);
            if (CapabilitiesParts.wants(sections, "FeatureTypeList")) featureTypes(w);
            if (CapabilitiesParts.wants(sections, "Filter_Capabilities")) filterCapabilities(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void lang(XMLStreamWriter w, String prefix, String ns, String name, String zh, String en) throws XMLStreamException {
        if (!zh.isEmpty()) {
            w.writeStartElement(prefix, name, ns);
            w.writeAttribute("xml", XML_NS, "lang", "zh-CN");
            w.writeCharacters(zh);
            w.writeEndElement();
        }
        if (!en.isEmpty()) {
            w.writeStartElement(prefix, name, ns);
            w.writeAttribute("xml", XML_NS, "lang", "en");
            w.writeCharacters(en);
            w.writeEndElement();
        }
    }

    private void serviceIdentification(XMLStreamWriter w) throws XMLStreamException {
        ServiceMetadata m = config.metadata();
        w.writeStartElement("ows", "ServiceIdentification", OWS);
        lang(w, "ows", OWS, "Title", m.titleZh(), m.titleEn());
        lang(w, "ows", OWS, "Abstract", m.abstractZh(), m.abstractEn());
        CapabilitiesParts.keywords(w, OWS, m.keywords());
        w.writeStartElement("ows", "ServiceType", OWS);
        w.writeAttribute("codeSpace", "OGC");
        w.writeCharacters("WFS");
        w.writeEndElement();
        Xml.element(w, "ows", OWS, "ServiceTypeVersion", "2.0.0");
        Xml.element(w, "ows", OWS, "ServiceTypeVersion", "1.1.0");
        Xml.element(w, "ows", OWS, "Fees", m.fees());
        Xml.element(w, "ows", OWS, "AccessConstraints", m.accessConstraints());
        w.writeEndElement();
    }

    private void serviceProvider(XMLStreamWriter w) throws XMLStreamException {
        CapabilitiesParts.serviceProvider(w, OWS, config.metadata());
    }

    private void operations(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("ows", "OperationsMetadata", OWS);
        List<String> featureFormats = OutputFormat.GML32.advertisedNames().stream().toList();
        List<String> formats = new java.util.ArrayList<>(featureFormats);
        formats.addAll(OutputFormat.GML311.advertisedNames());
        formats.addAll(OutputFormat.GEOJSON.advertisedNames());
        List<String> schemaFormats = new java.util.ArrayList<>(OutputFormat.GML32.advertisedNames());
        schemaFormats.addAll(OutputFormat.GML311.advertisedNames());

        operation(w, "GetCapabilities");
        parameter(w, "AcceptVersions", List.of("2.0.0", "1.1.0"));
        parameter(w, "AcceptFormats", List.of("text/xml", "application/xml"));
        parameter(w, "Sections", List.of("ServiceIdentification", "ServiceProvider", "OperationsMetadata", "FeatureTypeList",
                "Filter_Capabilities", "All"));
        w.writeEndElement();

        operation(w, "DescribeFeatureType");
        parameter(w, "outputFormat", schemaFormats);
        w.writeEndElement();

        operation(w, "ListStoredQueries");
        w.writeEndElement();
        operation(w, "DescribeStoredQueries");
        w.writeEndElement();
        operation(w, "CreateStoredQuery");
        parameter(w, "language", List.of(StoredQueries.LANGUAGE));
        w.writeEndElement();
        operation(w, "DropStoredQuery");
        w.writeEndElement();

        operation(w, "GetFeature");
        parameter(w, "outputFormat", formats);
        parameter(w, "resultType", List.of("results", "hits"));
        parameter(w, "resolve", List.of("none", "local"));
        w.writeEndElement();

        operation(w, "GetPropertyValue");
        parameter(w, "outputFormat", schemaFormats);
        parameter(w, "resolve", List.of("none", "local"));
        w.writeEndElement();

        parameter(w, "version", List.of("2.0.0", "1.1.0"));
        for (String c : List.of("ImplementsBasicWFS", "ImplementsResultPaging", "KVPEncoding", "XMLEncoding", "ManageStoredQueries")) {
            constraint(w, c, "TRUE");
        }
        for (String c : List.of("ImplementsTransactionalWFS", "ImplementsLockingWFS", "SOAPEncoding", "ImplementsInheritance",
                "ImplementsRemoteResolve", "ImplementsStandardJoins", "ImplementsSpatialJoins", "ImplementsTemporalJoins",
                "ImplementsFeatureVersioning")) {
            constraint(w, c, "FALSE");
        }
        constraint(w, "CountDefault", Long.toString(config.maxCount()));
        w.writeStartElement("ows", "Constraint", OWS);
        w.writeAttribute("name", "QueryExpressions");
        allowed(w, List.of("wfs:Query", "wfs:StoredQuery"));
        w.writeEndElement();
        w.writeEndElement();
    }

    private void operation(XMLStreamWriter w, String name) throws XMLStreamException {
        w.writeStartElement("ows", "Operation", OWS);
        w.writeAttribute("name", name);
        CapabilitiesParts.dcp(w, OWS, endpoint);
    }

    private static void parameter(XMLStreamWriter w, String name, List<String> values) throws XMLStreamException {
        w.writeStartElement("ows", "Parameter", OWS);
        w.writeAttribute("name", name);
        allowed(w, values);
        w.writeEndElement();
    }

    private static void allowed(XMLStreamWriter w, List<String> values) throws XMLStreamException {
        w.writeStartElement("ows", "AllowedValues", OWS);
        for (String v : values) Xml.element(w, "ows", OWS, "Value", v);
        w.writeEndElement();
    }

    private static void constraint(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        constraint(w, "ows", OWS, name, value);
    }

    private static void constraint(XMLStreamWriter w, String prefix, String ns, String name, String value) throws XMLStreamException {
        w.writeStartElement(prefix, "Constraint", ns);
        w.writeAttribute("name", name);
        w.writeEmptyElement("ows", "NoValues", OWS);
        Xml.element(w, "ows", OWS, "DefaultValue", value);
        w.writeEndElement();
    }

    private void featureTypes(XMLStreamWriter w) throws XMLStreamException {
        String wfs = WfsVersion.V2_0_0.namespace();
        w.writeStartElement("wfs", "FeatureTypeList", wfs);
        for (LayerInfo l : config.catalog().layers()) {
            w.writeStartElement("wfs", "FeatureType", wfs);
            Xml.element(w, "wfs", wfs, "Name", l.qualifiedName());
            lang(w, "wfs", wfs, "Title", l.titleZh(), l.titleEn());
            lang(w, "wfs", wfs, "Abstract", l.abstractZh(), l.abstractEn());
            CapabilitiesParts.keywords(w, OWS, l.keywords());
            Xml.element(w, "wfs", wfs, "DefaultCRS", QueryPlanner.DEFAULT_CRS);
            for (int code : config.crs().supportedEpsg()) {
                if (code != Crs.STORAGE.epsg()) Xml.element(w, "wfs", wfs, "OtherCRS", Crs.urn(code));
            }
            w.writeStartElement("wfs", "OutputFormats", wfs);
            for (OutputFormat f : OutputFormat.values()) Xml.element(w, "wfs", wfs, "Format", f.mime());
            w.writeEndElement();
            CapabilitiesParts.wgs84Box(w, OWS, l.bbox());
            w.writeEndElement();
        }
        w.writeEndElement();
    }


    private void filterCapabilities(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("fes", "Filter_Capabilities", FES);
        w.writeStartElement("fes", "Conformance", FES);
        for (String c : List.of("ImplementsQuery", "ImplementsAdHocQuery", "ImplementsResourceId", "ImplementsMinStandardFilter",
                "ImplementsStandardFilter", "ImplementsMinSpatialFilter", "ImplementsSpatialFilter", "ImplementsSorting",
                "ImplementsMinimumXPath")) {
            constraint(w, "fes", FES, c, "TRUE");
        }
        for (String c : List.of("ImplementsFunctions", "ImplementsMinTemporalFilter", "ImplementsTemporalFilter",
                "ImplementsVersionNav", "ImplementsExtendedOperators", "ImplementsSchemaElementFunc")) {
            constraint(w, "fes", FES, c, "FALSE");
        }
        w.writeEndElement();
        w.writeStartElement("fes", "Id_Capabilities", FES);
        w.writeEmptyElement("fes", "ResourceIdentifier", FES);
        w.writeAttribute("name", "fes:ResourceId");
        w.writeEndElement();
        w.writeStartElement("fes", "Scalar_Capabilities", FES);
        w.writeEmptyElement("fes", "LogicalOperators", FES);
        w.writeStartElement("fes", "ComparisonOperators", FES);
        for (String op : COMPARISON) {
            w.writeEmptyElement("fes", "ComparisonOperator", FES);
            w.writeAttribute("name", op);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("fes", "Spatial_Capabilities", FES);
        w.writeStartElement("fes", "GeometryOperands", FES);
        for (String g : OPERANDS) {
            w.writeEmptyElement("fes", "GeometryOperand", FES);
            w.writeAttribute("name", g);
        }
        w.writeEndElement();
        w.writeStartElement("fes", "SpatialOperators", FES);
        for (String op : SPATIAL) {
            w.writeEmptyElement("fes", "SpatialOperator", FES);
            w.writeAttribute("name", op);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
}
