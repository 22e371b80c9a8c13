package org.ecozoning.ogc.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecozoning.ogc.common.SecureStax;
import org.ecozoning.ogc.common.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a GML feature collection (WFS 2.0 {@code member}, GML {@code featureMember} /
 * {@code featureMembers}) with StAX, building a small DOM for one feature at a time so that the
 * existing GML geometry reader can be used while memory stays bounded by the largest feature, not
 * by the collection. The XML is parsed by a hardened reader (no DTD, no external entities).
 */
final class GmlFeatureStream {
    private static final Set<String> MEMBER = Set.of("featureMember", "member");

    private GmlFeatureStream() { }

    /** Counts the members without building them; stops counting once past {@code limit}. 0: none (perhaps a single feature). */
    static int count(InputValue v, int limit) {
        int[] n = {0};
        scan(v, false, r -> {
            skip(r);
            n[0]++;
            return n[0] <= limit;
        });
        return n[0];
    }

    /**
     * Hands every member feature to {@code sink} as a DOM element; with {@code single} the root
     * element itself is handed over (a lone feature rather than a collection).
     */
    static void forEach(InputValue v, boolean single, Consumer<Element> sink) {
        if (single) {
            scanRoot(v, r -> sink.accept(toDom(r)));
            return;
        }
        scan(v, true, r -> {
            sink.accept(toDom(r));
            return true;
        });
    }

    private interface Visit {
        boolean feature(XMLStreamReader r) throws XMLStreamException;
    }

    private interface RootVisit {
        void root(XMLStreamReader r) throws XMLStreamException;
    }

    /** Opens the input with a hardened reader, puts it on the root element and hands it to {@code visit}. */
    private static void scanRoot(InputValue v, RootVisit visit) {
        try (InputStream in = v.open()) {
            XMLStreamReader r = SecureStax.reader(in);
            try {
                r.nextTag();
                visit.root(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scan(InputValue v, boolean build, Visit visit) {
        scanRoot(v, r -> {
            while (nextChild(r)) {
                String ln = r.getLocalName();
                if (MEMBER.contains(ln) || ln.equals("featureMembers")) {
                    while (nextChild(r)) {
                        if (!visit.feature(r)) return;
                    }
                } else {
                    skip(r);
                }
            }
        });
    }

    private static ProcessException invalid(XMLStreamException e) {
        return new ProcessException(ProcessException.Kind.INVALID_INPUT, "features", "GML 无法解析：" + e.getMessage(), "GML cannot be parsed: " + e.getMessage());
    }

    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) return true;
            if (ev == XMLStreamConstants.END_ELEMENT) return false;
        }
        return false;
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    /** The element the reader is on, with its content, as a DOM element of a new document. */
    static Element toDom(XMLStreamReader r) throws XMLStreamException {
        Document doc = SecureXml.builder().newDocument();
        Node cur = doc;
        int depth = 0;
        while (true) {
            switch (r.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String ns = r.getNamespaceURI();
                    String prefix = r.getPrefix();
                    String qn = prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
                    Element e = doc.createElementNS(ns == null || ns.isEmpty() ? null : ns, qn);
                    for (int i = 0; i < r.getNamespaceCount(); i++) {
                        String p = r.getNamespacePrefix(i);
                        e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, p == null || p.isEmpty() ? "xmlns" : "xmlns:" + p, r.getNamespaceURI(i));
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String ans = r.getAttributeNamespace(i);
                        String ap = r.getAttributePrefix(i);
                        String aq = ap == null || ap.isEmpty() ? r.getAttributeLocalName(i) : ap + ":" + r.getAttributeLocalName(i);
                        e.setAttributeNS(ans == null || ans.isEmpty() ? null : ans, aq, r.getAttributeValue(i));
                    }
                    cur.appendChild(e);
                    cur = e;
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    cur = cur.getParentNode();
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth > 0) cur.appendChild(doc.createTextNode(r.getText()));
                }
                default -> { }
            }
            if (depth == 0) break;
            r.next();
        }
        return doc.getDocumentElement();
    }
}
