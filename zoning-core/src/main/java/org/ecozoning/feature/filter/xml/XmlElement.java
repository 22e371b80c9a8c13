package org.ecozoning.feature.filter.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed XML element with its source line: a small read-only tree that the SLD, FES and GML
 * parsers walk by local name (namespace prefixes vary between producers) and that keeps mixed
 * content (text and elements in document order) for SLD labels. Built by {@link SafeXmlReader}.
 */
public final class XmlElement {
    private final String namespace;
    private final String localName;
    private final int line;
    private final Map<String, String> attributes;
    private final List<Object> content;

    /**
     * @param attributes attribute values keyed by local name, and also by {@code {namespace}local}
     *     for namespaced attributes
     * @param content text ({@link String}) and child elements in document order
     */
    public XmlElement(String namespace, String localName, int line, Map<String, String> attributes,
            List<Object> content) {
        this.namespace = namespace == null ? "" : namespace;
        this.localName = Objects.requireNonNull(localName, "localName");
        this.line = line;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.content = List.copyOf(content);
    }

    public String namespace() { return namespace; }

    public String localName() { return localName; }

    /** 1-based source line of the start tag (0 when unknown). */
    public int line() { return line; }

    public boolean is(String name) { return localName.equals(name); }

    /** An attribute by local name (any namespace), or null. */
    public String attribute(String name) { return attributes.get(name); }

    /** An attribute by namespace and local name, or null. */
    public String attribute(String ns, String name) { return attributes.get("{" + ns + "}" + name); }

    public Map<String, String> attributes() { return attributes; }

    /** Text and child elements in document order. */
    public List<Object> content() { return content; }

    /** The child elements in document order. */
    public List<XmlElement> children() {
        List<XmlElement> out = new ArrayList<>();
        for (Object o : content) if (o instanceof XmlElement e) out.add(e);
        return out;
    }

    /** The child elements of a local name, in document order. */
    public List<XmlElement> children(String name) {
        List<XmlElement> out = new ArrayList<>();
        for (Object o : content) if (o instanceof XmlElement e && e.localName.equals(name)) out.add(e);
        return out;
    }

    /** The first child element of a local name, or null. */
    public XmlElement child(String name) {
        for (Object o : content) if (o instanceof XmlElement e && e.localName.equals(name)) return e;
        return null;
    }

    /** The first child element of a local name, or an error naming this element and its line. */
    public XmlElement requireChild(String name) {
        XmlElement c = child(name);
        if (c == null) {
            throw new XmlParseException(line, "<" + localName + "> 缺少子元素 <" + name + ">",
                    "<" + localName + "> lacks the child element <" + name + ">");
        }
        return c;
    }

    /** The text directly inside this element (child elements' text excluded), trimmed. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Object o : content) if (o instanceof String s) sb.append(s);
        return sb.toString().trim();
    }

    /** The trimmed text of the first child of a local name, or null when there is no such child. */
    public String childText(String name) {
        XmlElement c = child(name);
        return c == null ? null : c.text();
    }

    @Override
    public String toString() { return "<" + localName + "> (line " + line + ")"; }
}
