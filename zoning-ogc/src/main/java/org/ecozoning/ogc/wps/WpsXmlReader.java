package org.ecozoning.ogc.wps;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.Xml;
import org.ecozoning.ogc.processes.InputValue;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a WPS 1.0.0 Execute document (already parsed by SecureXml, so no DTD or entity reached
 * here): inputs as LiteralData, ComplexData (embedded XML kept as an element, text as text) or
 * Reference, and the ResponseForm.
 */
final class WpsXmlReader {
    static final String WPS = "http://www.opengis.net/wps/1.0.0";
    static final String OWS = "http://www.opengis.net/ows/1.1";

    private WpsXmlReader() { }

    static WpsExecuteRequest read(Element root) {
        String id = text(child(root, OWS, "Identifier"));
        if (id == null || id.isBlank()) throw OwsException.missing("Identifier");
        List<InputValue> inputs = new ArrayList<>();
        Element di = child(root, WPS, "DataInputs");
        if (di != null) {
            for (Element in : children(di, WPS, "Input")) {
                String key = text(child(in, OWS, "Identifier"));
                if (key == null || key.isBlank()) throw OwsException.missing("Input/Identifier");
                Element ref = child(in, WPS, "Reference");
                if (ref != null) {
                    String href = ref.getAttributeNS(Xml.XLINK, "href");
                    if (href.isEmpty()) href = ref.getAttribute("href");
                    inputs.add(new InputValue(key, null, null, attr(ref, "mimeType"), attr(ref, "encoding"), attr(ref, "schema"), href.isEmpty() ? "?" : href));
                    continue;
                }
                Element data = child(in, WPS, "Data");
                if (data == null) throw OwsException.invalid(key, "输入缺少 wps:Data 或 wps:Reference", "input has no wps:Data or wps:Reference");
                Element lit = child(data, WPS, "LiteralData");
                Element cx = child(data, WPS, "ComplexData");
                if (lit != null) {
                    inputs.add(InputValue.literal(key, lit.getTextContent()));
                } else if (cx != null) {
                    Element xml = null;
                    for (Node n = cx.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element e) {
                            xml = e;
                            break;
                        }
                    }
                    inputs.add(new InputValue(key, xml == null ? cx.getTextContent() : null, xml, attr(cx, "mimeType"), attr(cx, "encoding"), attr(cx, "schema"), null));
                } else {
                    throw OwsException.invalid(key, "仅支持 LiteralData 与 ComplexData", "only LiteralData and ComplexData are supported");
                }
            }
        }
        WpsOutputRequest raw = null;
        List<WpsOutputRequest> outs = new ArrayList<>();
        boolean store = false, status = false, lineage = false;
        Element form = child(root, WPS, "ResponseForm");
        if (form != null) {
            Element rawEl = child(form, WPS, "RawDataOutput");
            Element doc = child(form, WPS, "ResponseDocument");
            if (rawEl != null) {
                raw = new WpsOutputRequest(text(child(rawEl, OWS, "Identifier")), attr(rawEl, "mimeType"), false);
            } else if (doc != null) {
                store = "true".equalsIgnoreCase(doc.getAttribute("storeExecuteResponse"));
                status = "true".equalsIgnoreCase(doc.getAttribute("status"));
                lineage = "true".equalsIgnoreCase(doc.getAttribute("lineage"));
                for (Element o : children(doc, WPS, "Output")) {
                    outs.add(new WpsOutputRequest(text(child(o, OWS, "Identifier")), attr(o, "mimeType"), "true".equalsIgnoreCase(o.getAttribute("asReference"))));
                }
            }
        }
        return new WpsExecuteRequest(id, inputs, raw, outs, store, status, lineage);
    }

    /** Identifiers of a DescribeProcess document. */
    static List<String> identifiers(Element root) {
        List<String> ids = new ArrayList<>();
        for (Element e : children(root, OWS, "Identifier")) ids.add(text(e));
        return ids;
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isEmpty() ? null : v;
    }

    static Element child(Element e, String ns, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName()) && ns.equals(c.getNamespaceURI())) return c;
        }
        return null;
    }

    static List<Element> children(Element e, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName()) && ns.equals(c.getNamespaceURI())) out.add(c);
        }
        return out;
    }

    static String text(Element e) { return e == null ? null : e.getTextContent().trim(); }
}
