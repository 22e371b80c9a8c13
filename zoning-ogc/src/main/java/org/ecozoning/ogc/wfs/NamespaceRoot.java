package org.ecozoning.ogc.wfs;

import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.Xml;

/**
 * A StAX writer that adds namespace declarations and an xsi:schemaLocation to the first element
 * written through it, so element writers meant for nested use can also write a document root
 * (the bare feature of GetFeatureById).
 */
final class NamespaceRoot implements XMLStreamWriter {
    private final XMLStreamWriter w;
    private final List<String[]> namespaces;
    private final String schemaLocation;
    private boolean done;

    NamespaceRoot(XMLStreamWriter w, List<String[]> namespaces, String schemaLocation) {
        this.w = w;
        this.namespaces = namespaces;
        this.schemaLocation = schemaLocation;
    }

    private void root() throws XMLStreamException {
        if (done) return;
        done = true;
        for (String[] ns : namespaces) w.writeNamespace(ns[0], ns[1]);
        if (schemaLocation != null) w.writeAttribute("xsi", Xml.XSI, "schemaLocation", schemaLocation);
    }

    @Override public void writeStartElement(String localName) throws XMLStreamException { w.writeStartElement(localName); root(); }
    @Override public void writeStartElement(String ns, String localName) throws XMLStreamException { w.writeStartElement(ns, localName); root(); }
    @Override public void writeStartElement(String prefix, String localName, String ns) throws XMLStreamException { w.writeStartElement(prefix, localName, ns); root(); }
    @Override public void writeEmptyElement(String ns, String localName) throws XMLStreamException { w.writeEmptyElement(ns, localName); root(); }
    @Override public void writeEmptyElement(String prefix, String localName, String ns) throws XMLStreamException { w.writeEmptyElement(prefix, localName, ns); root(); }
    @Override public void writeEmptyElement(String localName) throws XMLStreamException { w.writeEmptyElement(localName); root(); }
    @Override public void writeEndElement() throws XMLStreamException { w.writeEndElement(); }
    @Override public void writeEndDocument() throws XMLStreamException { w.writeEndDocument(); }
    @Override public void close() throws XMLStreamException { w.close(); }
    @Override public void flush() throws XMLStreamException { w.flush(); }
    @Override public void writeAttribute(String localName, String value) throws XMLStreamException { w.writeAttribute(localName, value); }
    @Override public void writeAttribute(String prefix, String ns, String localName, String value) throws XMLStreamException { w.writeAttribute(prefix, ns, localName, value); }
    @Override public void writeAttribute(String ns, String localName, String value) throws XMLStreamException { w.writeAttribute(ns, localName, value); }
    @Override public void writeNamespace(String prefix, String ns) throws XMLStreamException { w.writeNamespace(prefix, ns); }
    @Override public void writeDefaultNamespace(String ns) throws XMLStreamException { w.writeDefaultNamespace(ns); }
    @Override public void writeComment(String data) throws XMLStreamException { w.writeComment(data); }
    @Override public void writeProcessingInstruction(String target) throws XMLStreamException { w.writeProcessingInstruction(target); }
    @Override public void writeProcessingInstruction(String target, String data) throws XMLStreamException { w.writeProcessingInstruction(target, data); }
    @Override public void writeCData(String data) throws XMLStreamException { w.writeCData(data); }
    @Override public void writeDTD(String dtd) throws XMLStreamException { w.writeDTD(dtd); }
    @Override public void writeEntityRef(String name) throws XMLStreamException { w.writeEntityRef(name); }
    @Override public void writeStartDocument() throws XMLStreamException { w.writeStartDocument(); }
    @Override public void writeStartDocument(String version) throws XMLStreamException { w.writeStartDocument(version); }
    @Override public void writeStartDocument(String encoding, String version) throws XMLStreamException { w.writeStartDocument(encoding, version); }
    @Override public void writeCharacters(String text) throws XMLStreamException { w.writeCharacters(text); }
    @Override public void writeCharacters(char[] text, int start, int len) throws XMLStreamException { w.writeCharacters(text, start, len); }
    @Override public String getPrefix(String uri) throws XMLStreamException { return w.getPrefix(uri); }
    @Override public void setPrefix(String prefix, String uri) throws XMLStreamException { w.setPrefix(prefix, uri); }
    @Override public void setDefaultNamespace(String uri) throws XMLStreamException { w.setDefaultNamespace(uri); }
    @Override public void setNamespaceContext(NamespaceContext context) throws XMLStreamException { w.setNamespaceContext(context); }
    @Override public NamespaceContext getNamespaceContext() { return w.getNamespaceContext(); }
    @Override public Object getProperty(String name) { return w.getProperty(name); }
}
