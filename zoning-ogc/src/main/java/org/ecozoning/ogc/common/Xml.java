package org.ecozoning.ogc.common;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared XML output plumbing for the OGC writers: one StAX factory and common namespace URIs. */
public final class Xml {
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema";
    public static final String XLINK = "http://www.w3.org/1999/xlink";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private Xml() { }

    /** A UTF-8 StAX writer straight onto the stream (no buffering of the document). */
    public static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    }

    /** Writes {@code <prefix:name>text</prefix:name>}. */
    public static void element(XMLStreamWriter w, String prefix, String ns, String name, String text) throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
        if (text != null) w.writeCharacters(text);
        w.writeEndElement();
    }
}
