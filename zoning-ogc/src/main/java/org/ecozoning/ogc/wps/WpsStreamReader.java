package org.ecozoning.ogc.wps;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.Xml;
import org.ecozoning.ogc.processes.InputValue;
import org.ecozoning.ogc.processes.Spool;
import org.ecozoning.ogc.processes.SpoolArea;

/**
 * Reads a WPS 1.0.0 Execute document with StAX, so that a batch of 100,000 features inline as
 * ComplexData (GeoJSON in CDATA, or embedded GML) never becomes a DOM or one string: each
 * ComplexData value is copied as it streams by into a {@link Spool} (memory while small, a
 * temporary file beyond), embedded XML re-serialised with its namespaces. Literal data, references
 * and the ResponseForm are read as {@link WpsXmlReader} reads them. The caller deletes the spools
 * ({@code ProcessInputs.discard}) when the request fails or the job ends.
 */
final class WpsStreamReader {
    private static final XMLOutputFactory OUT = repairing();

    private final SpoolArea area;
    private final List<InputValue> inputs = new ArrayList<>();

    private WpsStreamReader(SpoolArea area) { this.area = area; }

    private static XMLOutputFactory repairing() {
        XMLOutputFactory f = XMLOutputFactory.newDefaultFactory();
        f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
        return f;
    }

    /**
     * @param r positioned on the {@code wps:Execute} start element
     * @return the request; on failure every spool made so far is deleted
     */
    static WpsExecuteRequest read(XMLStreamReader r, SpoolArea area) {
        WpsStreamReader reader = new WpsStreamReader(area);
        try {
            return reader.execute(r);
        } catch (XMLStreamException e) {
            reader.discard();
            throw OwsException.parsing("request", "XML 无法解析：" + e.getMessage(), "the XML cannot be parsed: " + e.getMessage());
        } catch (IOException e) {
            reader.discard();
            throw OwsException.parsing("request", "读取请求体失败", "cannot read the request body");
        } catch (RuntimeException e) {
            reader.discard();
            throw e;
        }
    }

    private void discard() { inputs.forEach(InputValue::discard); }

    private WpsExecuteRequest execute(XMLStreamReader r) throws XMLStreamException, IOException {
        String id = null;
        WpsOutputRequest raw = null;
        List<WpsOutputRequest> outs = new ArrayList<>();
        boolean store = false, status = false, lineage = false;
        while (nextChild(r)) {
            String ns = r.getNamespaceURI(), ln = r.getLocalName();
            if (WpsXmlReader.OWS.equals(ns) && ln.equals("Identifier")) {
                id = r.getElementText().trim();
            } else if (WpsXmlReader.WPS.equals(ns) && ln.equals("DataInputs")) {
                while (nextChild(r)) {
                    if (WpsXmlReader.WPS.equals(r.getNamespaceURI()) && r.getLocalName().equals("Input")) input(r);
                    else skip(r);
                }
            } else if (WpsXmlReader.WPS.equals(ns) && ln.equals("ResponseForm")) {
                while (nextChild(r)) {
                    String fl = r.getLocalName();
                    if (fl.equals("RawDataOutput")) {
                        String mime = attr(r, "mimeType");
                        String oid = null;
                        while (nextChild(r)) {
                            if (r.getLocalName().equals("Identifier")) oid = r.getElementText().trim();
                            else skip(r);
                        }
                        raw = new WpsOutputRequest(oid, mime, false);
                    } else if (fl.equals("ResponseDocument")) {
                        store = "true".equalsIgnoreCase(attr(r, "storeExecuteResponse"));
                        status = "true".equalsIgnoreCase(attr(r, "status"));
                        lineage = "true".equalsIgnoreCase(attr(r, "lineage"));
                        while (nextChild(r)) {
                            if (!r.getLocalName().equals("Output")) {
                                skip(r);
                                continue;
                            }
                            String mime = attr(r, "mimeType");
                            boolean ref = "true".equalsIgnoreCase(attr(r, "asReference"));
                            String oid = null;
                            while (nextChild(r)) {
                                if (r.getLocalName().equals("Identifier")) oid = r.getElementText().trim();
                                else skip(r);
                            }
                            outs.add(new WpsOutputRequest(oid, mime, ref));
                        }
                    } else {
                        skip(r);
                    }
                }
            } else {
                skip(r);
            }
        }
        if (id == null || id.isBlank()) {
            discard();
            throw OwsException.missing("Identifier");
        }
        return new WpsExecuteRequest(id, inputs, raw, outs, store, status, lineage);
    }

    private void input(XMLStreamReader r) throws XMLStreamException, IOException {
        String key = null;
        InputValue pending = null;
        boolean data = false;
        while (nextChild(r)) {
            String ln = r.getLocalName();
            if (ln.equals("Identifier") && WpsXmlReader.OWS.equals(r.getNamespaceURI())) {
                key = r.getElementText().trim();
            } else if (ln.equals("Reference")) {
                String href = r.getAttributeValue(Xml.XLINK, "href");
                if (href == null || href.isEmpty()) href = attr(r, "href");
                pending = new InputValue(key == null ? "?" : key, null, null, attr(r, "mimeType"), attr(r, "encoding"), attr(r, "schema"),
                        href == null || href.isEmpty() ? "?" : href);
                skip(r);
            } else if (ln.equals("Data")) {
                data = true;
                while (nextChild(r)) {
                    String dl = r.getLocalName();
                    if (dl.equals("LiteralData")) {
                        pending = InputValue.literal("?", r.getElementText());
                    } else if (dl.equals("ComplexData")) {
                        String mime = attr(r, "mimeType"), enc = attr(r, "encoding"), schema = attr(r, "schema");
                        Spool s = complex(r);
                        pending = InputValue.spooled("?", s, mime, enc, schema);
                        inputs.add(pending); // registered at once so that a later failure deletes it
                    } else {
                        skip(r);
                        throw OwsException.invalid(key == null ? "Input" : key, "仅支持 LiteralData 与 ComplexData", "only LiteralData and ComplexData are supported");
                    }
                }
            } else {
                skip(r);
            }
        }
        if (key == null || key.isBlank()) throw OwsException.missing("Input/Identifier");
        if (pending == null) {
            throw OwsException.invalid(key, "输入缺少 wps:Data 或 wps:Reference", data ? "input has no LiteralData or ComplexData" : "input has no wps:Data or wps:Reference");
        }
        if (pending.content() != null) inputs.remove(pending);
        inputs.add(new InputValue(key, pending.content() != null ? null : pending.text(), null, pending.mimeType(), pending.encoding(), pending.schema(),
                pending.href(), pending.content()));
    }

    /** Copies the content of a ComplexData element (text/CDATA, or the first child element) into a spool. */
    private Spool complex(XMLStreamReader r) throws XMLStreamException, IOException {
        Spool spool = area.create("wps-input");
        StringBuilder leading = new StringBuilder();
        Writer text = null;
        try (OutputStream out = spool.output()) {
            boolean xmlDone = false;
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) break;
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (text != null || xmlDone) {
                        throw OwsException.invalid("ComplexData", "ComplexData 只能含文本或一个 XML 元素", "ComplexData holds either text or one XML element");
                    }
                    copyElement(r, out);
                    xmlDone = true;
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                    if (xmlDone) continue;
                    if (text == null) {
                        String chunk = r.getText();
                        if (chunk.isBlank() && leading.length() < 4096) {
                            leading.append(chunk);
                            continue;
                        }
                        text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        text.write(leading.toString());
                        text.write(chunk);
                    } else {
                        text.write(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
            }
            if (text != null) text.flush();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            spool.delete();
            throw e;
        }
        return spool;
    }

    /** Copies the element the reader is on, with everything in it, as a standalone XML fragment. */
    private static void copyElement(XMLStreamReader r, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = OUT.createXMLStreamWriter(out, "UTF-8");
        int depth = 0;
        do {
            switch (r.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String ns = r.getNamespaceURI();
                    String prefix = r.getPrefix() == null ? "" : r.getPrefix();
                    if (ns == null || ns.isEmpty()) w.writeStartElement(r.getLocalName());
                    else w.writeStartElement(prefix, r.getLocalName(), ns);
                    for (int i = 0; i < r.getNamespaceCount(); i++) {
                        String p = r.getNamespacePrefix(i);
                        if (p == null || p.isEmpty()) w.writeDefaultNamespace(r.getNamespaceURI(i));
                        else w.writeNamespace(p, r.getNamespaceURI(i));
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String ans = r.getAttributeNamespace(i);
                        if (ans == null || ans.isEmpty()) w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        else w.writeAttribute(r.getAttributePrefix(i) == null ? "" : r.getAttributePrefix(i), ans, r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    w.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        w.writeCharacters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                default -> { }
            }
            if (depth == 0) break;
            r.next();
        } while (true);
        w.flush();
    }

    /** Moves to the next child element of the current element; false (on the parent's end tag) when there is none. */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) return true;
            if (ev == XMLStreamConstants.END_ELEMENT) return false;
        }
        return false;
    }

    /** Skips the current element and everything in it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null || v.isEmpty() ? null : v;
    }
}
