package org.ecozoning.ogc.common;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hardened StAX readers for request bodies too large for a DOM (batch Execute documents): no DTDs,
 * no external entities, namespace aware, and large text or CDATA delivered in chunks so that one
 * huge CDATA section (a GeoJSON collection) is never held as one string.
 */
public final class SecureStax {
    private static final XMLInputFactory FACTORY = create();

    private SecureStax() { }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        try {
            f.setProperty("jdk.xml.cdataChunkSize", 64 * 1024);
        } catch (IllegalArgumentException ignored) {
            // not the JDK's parser: CDATA arrives whole
        }
        return f;
    }

    /**
     * Moves to the root element, refusing a DOCTYPE (an XML bomb or external entity has no place in an OGC request).
     *
     * @throws OwsException OperationParsingFailed on a DOCTYPE or when there is no root element
     */
    public static void toRoot(XMLStreamReader r, String locator) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == javax.xml.stream.XMLStreamConstants.DTD) {
                throw OwsException.parsing(locator, "不允许 DOCTYPE 声明", "DOCTYPE declarations are not allowed");
            }
            if (ev == javax.xml.stream.XMLStreamConstants.START_ELEMENT) return;
        }
        throw OwsException.parsing(locator, "没有根元素", "no root element");
    }

    /** A reader over {@code in} (the caller closes both). */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }
}
