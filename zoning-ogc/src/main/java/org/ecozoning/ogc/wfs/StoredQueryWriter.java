package org.ecozoning.ogc.wfs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.Xml;

/** ListStoredQueries, DescribeStoredQueries, CreateStoredQuery and DropStoredQuery responses (WFS 2.0 14.3–14.6). */
final class StoredQueryWriter {
    private static final String WFS = WfsVersion.V2_0_0.namespace();
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private StoredQueryWriter() { }

    static void list(OutputStream out, List<LayerInfo> layers, java.util.Collection<StoredQueryRegistry.Definition> created)
            throws IOException {
        try {
            XMLStreamWriter w = start(out, "ListStoredQueriesResponse");
            w.writeStartElement("wfs", "StoredQuery", WFS);
            w.writeAttribute("id", StoredQueries.GET_FEATURE_BY_ID);
            titles(w);
            for (LayerInfo l : layers) Xml.element(w, "wfs", WFS, "ReturnFeatureType", l.qualifiedName());
            w.writeEndElement();
            for (var d : created) {
                w.writeStartElement("wfs", "StoredQuery", WFS);
                w.writeAttribute("id", d.id());
                Xml.element(w, "wfs", WFS, "Title", d.title());
                for (LayerInfo l : layers) Xml.element(w, "wfs", WFS, "ReturnFeatureType", l.qualifiedName());
                w.writeEndElement();
            }
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    static void describe(OutputStream out, List<LayerInfo> layers, List<String> ids,
            java.util.Collection<StoredQueryRegistry.Definition> created) throws IOException {
        try {
            XMLStreamWriter w = start(out, "DescribeStoredQueriesResponse");
            if (ids.isEmpty() || ids.stream().anyMatch(StoredQueries::isGetFeatureById)) {
                w.writeStartElement("wfs", "StoredQueryDescription", WFS);
                w.writeAttribute("id", StoredQueries.GET_FEATURE_BY_ID);
                titles(w);
                lang(w, "Abstract", StoredQueries.ABSTRACT_ZH, StoredQueries.ABSTRACT_EN);
                w.writeStartElement("wfs", "Parameter", WFS);
                w.writeAttribute("name", "id");
                w.writeAttribute("type", "xsd:string");
                lang(w, "Title", "要素标识", "Feature identifier");
                w.writeEndElement();
                w.writeEmptyElement("wfs", "QueryExpressionText", WFS);
                w.writeAttribute("returnFeatureTypes", layers.stream().map(LayerInfo::qualifiedName).collect(Collectors.joining(" ")));
                w.writeAttribute("language", StoredQueries.LANGUAGE);
                w.writeAttribute("isPrivate", "true");
                w.writeEndElement();
            }
            for (var d : created) {
                if (!ids.isEmpty() && !ids.contains(d.id())) continue;
                w.writeStartElement("wfs", "StoredQueryDescription", WFS);
                w.writeAttribute("id", d.id());
                Xml.element(w, "wfs", WFS, "Title", d.title());
                if (!d.abstractText().isEmpty()) Xml.element(w, "wfs", WFS, "Abstract", d.abstractText());
                for (var p : d.parameters()) {
                    w.writeEmptyElement("wfs", "Parameter", WFS);
                    w.writeAttribute("name", p.name());
                    w.writeAttribute("type", p.type() == null ? "xsd:string" : p.type());
                }
                w.writeEmptyElement("wfs", "QueryExpressionText", WFS);
                w.writeAttribute("returnFeatureTypes", layers.stream().map(LayerInfo::qualifiedName).collect(Collectors.joining(" ")));
                w.writeAttribute("language", StoredQueries.LANGUAGE);
                w.writeAttribute("isPrivate", "true");
                w.writeEndElement();
            }
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** {@code <wfs:CreateStoredQueryResponse status="OK"/>} and the like. */
    static void status(OutputStream out, String root) throws IOException {
        try {
            XMLStreamWriter w = start(out, root);
            w.writeAttribute("status", "OK");
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        XMLStreamWriter w = Xml.writer(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.setPrefix("wfs", WFS);
        w.writeStartElement("wfs", root, WFS);
        w.writeNamespace("wfs", WFS);
        w.writeNamespace("xsd", Xml.XSD);
        w.writeNamespace("xsi", Xml.XSI);
        w.writeNamespace(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
        w.writeAttribute("xsi", Xml.XSI, "schemaLocation", WFS + " " + WfsVersion.V2_0_0.schemaLocation());
        return w;
    }

    private static void end(XMLStreamWriter w) throws XMLStreamException {
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private static void titles(XMLStreamWriter w) throws XMLStreamException {
        lang(w, "Title", StoredQueries.TITLE_ZH, StoredQueries.TITLE_EN);
    }

    private static void lang(XMLStreamWriter w, String name, String zh, String en) throws XMLStreamException {
        w.writeStartElement("wfs", name, WFS);
        w.writeAttribute("xml", XML_NS, "lang", "zh-CN");
        w.writeCharacters(zh);
        w.writeEndElement();
        w.writeStartElement("wfs", name, WFS);
        w.writeAttribute("xml", XML_NS, "lang", "en");
        w.writeCharacters(en);
        w.writeEndElement();
    }
}
