package org.ecozoning.feature.filter.xml;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one hardened XML entry point of the project: a StAX reader with DTDs and external entities
 * switched off that refuses any document carrying a DOCTYPE, and builds an {@link XmlElement} tree
 * with line numbers. Use it for every XML a client can send (SLD, WFS/WMS POST bodies, filters).
 */
public final class SafeXmlReader {
    /** Deepest element nesting accepted: guards the recursive parsers against hostile documents. */
    public static final int MAX_DEPTH = 64;

    private SafeXmlReader() { }

    /**
     * A new JDK StAX factory per document: the built-in implementation is not documented as safe for
     * concurrent use, and a fixed implementation keeps the hardening independent of the classpath.
     */
    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // the installed StAX implementation does not know the property; DTDs are off anyway
        }
    }

    /** Parses a document from bytes (encoding from the XML declaration, UTF-8 by default). */
    public static XmlElement read(InputStream in) {
        try {
            return read(createFactory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Parses a document from characters. */
    public static XmlElement read(Reader in) {
        try {
            return read(createFactory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Parses a document held in a string. */
    public static XmlElement read(String xml) {
        return read(new StringReader(xml));
    }

    private static XmlElement read(XMLStreamReader r) {
        Deque<Builder> stack = new ArrayDeque<>();
        XmlElement root = null;
        try {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new XmlParseException(line(r),
                            "不允许 DOCTYPE/DTD（出于安全原因）", "DOCTYPE/DTD declarations are not allowed (security)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XmlParseException(line(r),
                            "不允许实体引用 &" + r.getLocalName() + ";", "entity references are not allowed: &" + r.getLocalName() + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw new XmlParseException(line(r), "元素嵌套过深（超过 " + MAX_DEPTH + " 层）",
                                    "elements nested deeper than " + MAX_DEPTH);
                        }
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String ns = r.getAttributeNamespace(i);
                            String local = r.getAttributeLocalName(i);
                            String value = r.getAttributeValue(i);
                            attrs.putIfAbsent(local, value);
                            if (ns != null && !ns.isEmpty()) attrs.put("{" + ns + "}" + local, value);
                        }
                        stack.push(new Builder(r.getNamespaceURI(), r.getLocalName(), line(r), attrs));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) stack.peek().content.add(r.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Builder b = stack.pop();
                        XmlElement e = new XmlElement(b.ns, b.local, b.line, b.attrs, merge(b.content));
                        if (stack.isEmpty()) root = e; else stack.peek().content.add(e);
                    }
                    default -> { }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        if (root == null) throw new XmlParseException(0, "文档为空", "the document is empty");
        return root;
    }

    /** Joins adjacent text pieces so that mixed content alternates text and elements. */
    private static List<Object> merge(List<Object> content) {
        List<Object> out = new ArrayList<>(content.size());
        for (Object o : content) {
            if (o instanceof String s && !out.isEmpty() && out.get(out.size() - 1) instanceof String prev) {
                out.set(out.size() - 1, prev + s);
            } else {
                out.add(o);
            }
        }
        return out;
    }

    private static int line(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? 0 : Math.max(0, l.getLineNumber());
    }

    private static XmlParseException malformed(XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String msg = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("doctype") || lower.contains("dtd")) {
            return new XmlParseException(line, "不允许 DOCTYPE/DTD（出于安全原因）", "DOCTYPE/DTD declarations are not allowed (security)", e);
        }
        return new XmlParseException(line, "XML 格式错误：" + msg, "malformed XML: " + msg, e);
    }

    private static final class Builder {
        final String ns;
        final String local;
        final int line;
        final Map<String, String> attrs;
        final List<Object> content = new ArrayList<>();

        Builder(String ns, String local, int line, Map<String, String> attrs) {
            this.ns = ns;
            this.local = local;
            this.line = line;
            this.attrs = attrs;
        }
    }
}
