package org.ecozoning.ogc.wps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.processes.InputValue;

/**
 * Reads a WPS 1.0.0 Execute from KVP (OGC 05-007r7 §10.2.2): {@code DataInputs=id=value@mimeType=…@encoding=…;id2=…}
 * (a value of {@code @xlink:href=…} is a reference), {@code ResponseDocument=out@mimeType=…@asReference=true;…}
 * or {@code RawDataOutput=out@mimeType=…}, {@code storeExecuteResponse}, {@code status}, {@code lineage}.
 */
final class WpsKvpReader {
    private WpsKvpReader() { }

    static WpsExecuteRequest read(OgcRequest r) {
        String id = r.param("identifier");
        if (id == null || id.isBlank()) throw OwsException.missing("Identifier");
        List<InputValue> inputs = new ArrayList<>();
        String di = r.param("DataInputs");
        if (di != null && !di.isBlank()) {
            for (String part : split(di, ';')) {
                if (part.isBlank()) continue;
                List<String> attrs = split(part, '@');
                String head = attrs.get(0);
                int eq = head.indexOf('=');
                if (eq <= 0) throw OwsException.invalid("DataInputs", "应为 标识=值：「" + head + "」", "expected identifier=value: \"" + head + "\"");
                String key = head.substring(0, eq).trim();
                String value = head.substring(eq + 1);
                String mime = null, enc = null, schema = null, href = null;
                for (String a : attrs.subList(1, attrs.size())) {
                    int e = a.indexOf('=');
                    if (e < 0) continue;
                    String k = a.substring(0, e).trim().toLowerCase(Locale.ROOT);
                    String v = a.substring(e + 1);
                    switch (k) {
                        case "mimetype" -> mime = v;
                        case "encoding" -> enc = v;
                        case "schema" -> schema = v;
                        case "xlink:href", "href" -> href = v;
                        default -> { }
                    }
                }
                inputs.add(new InputValue(key, href != null && value.isEmpty() ? null : value, null, mime, enc, schema, href));
            }
        }
        String rawText = r.param("RawDataOutput");
        String docText = r.param("ResponseDocument");
        if (rawText != null && docText != null) {
            throw OwsException.invalid("RawDataOutput", "RawDataOutput 与 ResponseDocument 不能同时给出", "RawDataOutput and ResponseDocument are exclusive");
        }
        WpsOutputRequest raw = rawText == null ? null : outputs(rawText).get(0);
        List<WpsOutputRequest> outs = docText == null ? List.of() : outputs(docText);
        boolean store = bool(r, "storeExecuteResponse");
        boolean status = bool(r, "status");
        return new WpsExecuteRequest(id, inputs, raw, outs, store, status, bool(r, "lineage"));
    }

    private static boolean bool(OgcRequest r, String name) {
        String v = r.param(name);
        if (v == null || v.isBlank()) return false;
        if (v.equalsIgnoreCase("true")) return true;
        if (v.equalsIgnoreCase("false")) return false;
        throw OwsException.invalid(name, "应为 true 或 false", "must be true or false");
    }

    private static List<WpsOutputRequest> outputs(String text) {
        List<WpsOutputRequest> out = new ArrayList<>();
        for (String part : split(text, ';')) {
            if (part.isBlank()) continue;
            List<String> attrs = split(part, '@');
            String id = attrs.get(0).trim();
            int eq = id.indexOf('=');
            if (eq >= 0) id = id.substring(0, eq).trim();
            String mime = null;
            boolean ref = false;
            for (String a : attrs.subList(1, attrs.size())) {
                int e = a.indexOf('=');
                if (e < 0) continue;
                String k = a.substring(0, e).trim().toLowerCase(Locale.ROOT);
                if (k.equals("mimetype")) mime = a.substring(e + 1);
                else if (k.equals("asreference")) ref = a.substring(e + 1).trim().equalsIgnoreCase("true");
            }
            out.add(new WpsOutputRequest(id, mime, ref));
        }
        if (out.isEmpty()) throw OwsException.invalid("ResponseDocument", "未列出输出", "no output named");
        return out;
    }

    /** Splits on a separator, keeping text inside JSON braces/brackets or quotes together. */
    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quote = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quote = !quote;
            else if (!quote && (c == '{' || c == '[')) depth++;
            else if (!quote && (c == '}' || c == ']')) depth--;
            if (c == sep && depth <= 0 && !quote) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
