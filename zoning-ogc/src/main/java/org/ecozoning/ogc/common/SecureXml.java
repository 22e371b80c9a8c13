package org.ecozoning.ogc.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way OGC handlers parse XML from clients: namespace-aware DOM with DTDs refused outright
 * (so no entity expansion, internal or external), no external schemas or stylesheets, no XInclude,
 * and the JAXP secure-processing limits on. A body that declares a DOCTYPE is rejected with
 * OperationParsingFailed before any entity is read.
 */
public final class SecureXml {
    private static final DocumentBuilderFactory FACTORY = newFactory();

    private SecureXml() { }

    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("XML parser cannot be hardened: " + e.getMessage(), e);
        }
        return f;
    }

    /** A fresh hardened builder (builders are not thread-safe; the factory is configured once). */
    public static DocumentBuilder builder() {
        try {
            DocumentBuilder b = FACTORY.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a request body or parameter value.
     *
     * @param locator what to name in the exception report when the XML is bad (e.g. "FILTER")
     * @throws OwsException OperationParsingFailed for malformed XML or a DOCTYPE
     */
    public static Document parse(InputStream in, String locator) {
        return parse(new InputSource(in), locator);
    }

    /** Parses XML text (e.g. the FILTER parameter); see {@link #parse(InputStream, String)}. */
    public static Document parse(String xml, String locator) {
        return parse(new InputSource(new StringReader(xml)), locator);
    }

    private static Document parse(InputSource source, String locator) {
        try {
            return builder().parse(source);
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("DOCTYPE")) {
                throw OwsException.parsing(locator, "XML 中不允许 DOCTYPE/DTD", "DOCTYPE declarations (DTDs) are not allowed in XML");
            }
            throw OwsException.parsing(locator, "XML 格式错误（第 " + e.getLineNumber() + " 行）：" + msg,
                    "malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + msg);
        } catch (SAXException e) {
            throw OwsException.parsing(locator, "XML 无法解析：" + e.getMessage(), "XML cannot be parsed: " + e.getMessage());
        } catch (IOException e) {
            throw OwsException.parsing(locator, "读取 XML 失败：" + e.getMessage(), "cannot read XML: " + e.getMessage());
        }
    }

    /** Serialises a node back to text (no XML declaration), e.g. to put a filter into a paging link. */
    public static String toString(Node node) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            var sw = new java.io.StringWriter();
            t.transform(new DOMSource(node), new StreamResult(sw));
            return sw.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Serialises an element with every namespace declaration in scope at it copied onto it, so
     * prefixes used in text (e.g. a ValueReference "zoning:name") still resolve when the text is
     * parsed on its own (e.g. as the FILTER of a paging link).
     */
    public static String toStandaloneString(org.w3c.dom.Element element) {
        org.w3c.dom.Element copy = (org.w3c.dom.Element) element.cloneNode(true);
        for (Node n = element; n instanceof org.w3c.dom.Element e; n = n.getParentNode()) {
            var attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) continue;
                if (!copy.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getLocalName())) {
                    copy.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getNodeName(), a.getNodeValue());
                }
            }
        }
        return toString(copy);
    }
}
