package org.ecozoning.ogc.wfs;

import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.ecozoning.ogc.common.Xml;
import org.locationtech.jts.geom.Envelope;

/**
 * The pieces both WFS capabilities documents (1.1.0 on OWS 1.0, 2.0.0 on OWS 1.1) write the same
 * way: the root element with its namespaces, section selection, keywords, the DCP block, the
 * ServiceProvider section and the WGS84 bounding box. OWS 1.0 and 1.1 share these element structures.
 */
final class CapabilitiesParts {
    private CapabilitiesParts() {}

    /** Whether the Sections parameter asks for a section (none given means all). */
    static boolean wants(Set<String> sections, String s) {
        return sections.isEmpty() || sections.contains("All") || sections.contains(s);
    }

    /**
     * Starts the document and opens {@code wfs:WFS_Capabilities} with the namespaces declared;
     * {@code filterPrefix}/{@code filterNs} are ogc (Filter 1.1) or fes (FES 2.0).
     */
    static void startRoot(XMLStreamWriter w, String wfs, String ows, String filterPrefix, String filterNs, String gml,
            String version, String schemaLocation) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.setPrefix("wfs", wfs);
        w.setPrefix("ows", ows);
        w.setPrefix(filterPrefix, filterNs);
        w.setPrefix("gml", gml);
        w.setPrefix("xlink", Xml.XLINK);
        w.setPrefix(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
        w.writeStartElement("wfs", "WFS_Capabilities", wfs);
        w.writeNamespace("wfs", wfs);
        w.writeNamespace("ows", ows);
        w.writeNamespace(filterPrefix, filterNs);
        w.writeNamespace("gml", gml);
        w.writeNamespace("xlink", Xml.XLINK);
        w.writeNamespace("xsi", Xml.XSI);
        w.writeNamespace(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
        w.writeAttribute("version", version);
        w.writeAttribute("xsi", Xml.XSI, "schemaLocation", wfs + " " + schemaLocation);
    }

    /** An ows:Keywords list, nothing when empty. */
    static void keywords(XMLStreamWriter w, String ows, List<String> keywords) throws XMLStreamException {
        if (keywords.isEmpty()) return;
        w.writeStartElement("ows", "Keywords", ows);
        for (String k : keywords) Xml.element(w, "ows", ows, "Keyword", k);
        w.writeEndElement();
    }

    /** The ows:DCP element: the same endpoint for GET (with its trailing "?") and POST. */
    static void dcp(XMLStreamWriter w, String ows, String endpoint) throws XMLStreamException {
        w.writeStartElement("ows", "DCP", ows);
        w.writeStartElement("ows", "HTTP", ows);
        w.writeEmptyElement("ows", "Get", ows);
        w.writeAttribute("xlink", Xml.XLINK, "href", endpoint + "?");
        w.writeEmptyElement("ows", "Post", ows);
        w.writeAttribute("xlink", Xml.XLINK, "href", endpoint);
        w.writeEndElement();
        w.writeEndElement();
    }

    /** The OWS ServiceProvider section; shared by both versions (same element structure in OWS 1.0 and 1.1). */
    static void serviceProvider(XMLStreamWriter w, String ows, ServiceMetadata m) throws XMLStreamException {
        ServiceMetadata.Contact c = m.contact();
        w.writeStartElement("ows", "ServiceProvider", ows);
        Xml.element(w, "ows", ows, "ProviderName", c.organisation().isEmpty() ? "ecozoning" : c.organisation());
        if (!c.siteUrl().isEmpty()) {
            w.writeEmptyElement("ows", "ProviderSite", ows);
            w.writeAttribute("xlink", Xml.XLINK, "href", c.siteUrl());
        }
        w.writeStartElement("ows", "ServiceContact", ows);
        if (!c.individual().isEmpty()) Xml.element(w, "ows", ows, "IndividualName", c.individual());
        if (!c.position().isEmpty()) Xml.element(w, "ows", ows, "PositionName", c.position());
        w.writeStartElement("ows", "ContactInfo", ows);
        if (!c.phone().isEmpty()) {
            w.writeStartElement("ows", "Phone", ows);
            Xml.element(w, "ows", ows, "Voice", c.phone());
            w.writeEndElement();
        }
        w.writeStartElement("ows", "Address", ows);
        if (!c.street().isEmpty()) Xml.element(w, "ows", ows, "DeliveryPoint", c.street());
        if (!c.city().isEmpty()) Xml.element(w, "ows", ows, "City", c.city());
        if (!c.province().isEmpty()) Xml.element(w, "ows", ows, "AdministrativeArea", c.province());
        if (!c.postalCode().isEmpty()) Xml.element(w, "ows", ows, "PostalCode", c.postalCode());
        if (!c.country().isEmpty()) Xml.element(w, "ows", ows, "Country", c.country());
        if (!c.email().isEmpty()) Xml.element(w, "ows", ows, "ElectronicMailAddress", c.email());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    /** An ows:WGS84BoundingBox (longitude first), skipped for an empty layer. */
    static void wgs84Box(XMLStreamWriter w, String ows, Envelope e) throws XMLStreamException {
        if (e == null || e.isNull()) return;
        w.writeStartElement("ows", "WGS84BoundingBox", ows);
        Xml.element(w, "ows", ows, "LowerCorner", round(e.getMinX()) + " " + round(e.getMinY()));
        Xml.element(w, "ows", ows, "UpperCorner", round(e.getMaxX()) + " " + round(e.getMaxY()));
        w.writeEndElement();
    }

    private static String round(double v) { return java.math.BigDecimal.valueOf(Math.round(v * 1e6) / 1e6).toPlainString(); }
}
