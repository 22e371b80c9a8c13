package org.ecozoning.ogc.wfs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.ecozoning.ogc.common.OwsException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The stored queries clients created with CreateStoredQuery (WFS 2.0 "Manage stored queries",
 * ISO 19142 14.2, 14.6). Held in memory and shared by the handlers of successive scheme versions, so a
 * hot version switch keeps them; a restart forgets them. Thread-safe.
 */
public final class StoredQueryRegistry {

    /** One declared parameter: its name and its XML Schema type (e.g. {@code xsd:QName}). */
    record Parameter(String name, String type) {
        boolean isQName() { return type != null && type.endsWith("QName"); }
    }

    /**
     * A created query: identifier, title and abstract (first of each), parameters, and the wfs:Query
     * template with every in-scope namespace declared on it.
     */
    record Definition(String id, String title, String abstractText, List<Parameter> parameters, Element query) { }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private final Map<String, Definition> queries = new ConcurrentHashMap<>();

    /** @throws OwsException DuplicateStoredQueryIdValue when the id exists (including the built-in GetFeatureById) */
    void create(Definition d) {
        if (StoredQueries.isGetFeatureById(d.id()) || queries.putIfAbsent(d.id(), d) != null) {
            throw new OwsException(OwsException.Code.DuplicateStoredQueryIdValue, d.id(),
                    "存储查询 " + d.id() + " 已存在 / stored query " + d.id() + " already exists");
        }
    }

    /** @throws OwsException InvalidParameterValue (locator id) when there is no such created query */
    void drop(String id) {
        if (id == null || queries.remove(id) == null) {
            throw OwsException.invalid("id", "没有可删除的存储查询 " + id, "no stored query " + id + " to drop");
        }
    }

    /** @return the created query, or null */
    Definition get(String id) {
        return id == null ? null : queries.get(id);
    }

    Collection<Definition> all() {
        return List.copyOf(queries.values());
    }

    /**
     * The query with every {@code ${name}} replaced by its value; a QName value is written in
     * Clark notation ({uri}local) when its prefix is known, so it no longer depends on declarations.
     *
     * @param values parameter name → value as sent
     * @param prefixes resolves prefixes of QName values (the Parameter element's scope), may answer null
     * @return a fresh element owned by a new document
     */
    static Element expand(Definition d, Map<String, String> values, java.util.function.UnaryOperator<String> prefixes) {
        Map<String, String> resolved = new java.util.HashMap<>();
        for (Parameter p : d.parameters()) {
            String v = values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(p.name())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (v == null) throw OwsException.missing(p.name());
            v = v.trim();
            int colon = v.indexOf(':');
            if (p.isQName() && colon > 0 && !v.startsWith("{")) {
                String uri = prefixes.apply(v.substring(0, colon));
                if (uri != null && !uri.isEmpty()) v = "{" + uri + "}" + v.substring(colon + 1);
            }
            resolved.put(p.name(), v);
        }
        Document doc = newDocument();
        Element copy;
        synchronized (d) {   // a DOM is not safe for concurrent reads
            copy = (Element) doc.importNode(d.query(), true);
        }
        doc.appendChild(copy);
        substitute(copy, resolved);
        return copy;
    }

    private static void substitute(Node n, Map<String, String> values) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            n.setNodeValue(replace(n.getNodeValue(), values));
            return;
        }
        if (n instanceof Element e) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) a.setValue(replace(a.getValue(), values));
            }
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) substitute(c, values);
    }

    private static String replace(String s, Map<String, String> values) {
        if (s == null || !s.contains("${")) return s;
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw OwsException.invalid(m.group(1), "存储查询使用了未声明的参数 " + m.group(1),
                        "the stored query uses an undeclared parameter " + m.group(1));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Copies a wfs:Query out of its request, declaring on the copy every namespace in scope of the
     * original (prefixes in attribute values and text, like typeNames="gml:AbstractFeature", need them).
     */
    static Element detach(Element query) {
        Document doc = newDocument();
        Element copy = (Element) doc.importNode(query, true);
        doc.appendChild(copy);
        List<Node> scope = new ArrayList<>();
        for (Node n = query; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) scope.add(n);
        for (Node n : scope) {
            NamedNodeMap attrs = n.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI()) && !copy.hasAttributeNS(a.getNamespaceURI(), a.getLocalName())) {
                    copy.setAttributeNS(a.getNamespaceURI(), a.getName(), a.getValue());
                }
            }
        }
        return copy;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
