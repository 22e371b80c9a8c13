package org.ecozoning.ogc.wps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.ogc.processes.InputValue;
import org.ecozoning.ogc.processes.ProcessesHandler;
import org.ecozoning.ogc.processes.RequestCodec;

/**
 * The request codec for job stores outside the heap: WPS Execute echoes as {@code {"wps":{…}}}
 * (response form, and for lineage the literal values and the complex inputs' identifiers and
 * formats, never their data), OGC API echoes as {@code {"api":{…}}}.
 */
public final class JobRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobRequests() { }

    /** Both protocols' echoes. */
    public static RequestCodec codec() {
        RequestCodec api = ProcessesHandler.REQUEST_CODEC;
        return new RequestCodec() {
            @Override public String encode(Object request) {
                if (request instanceof WpsExecuteRequest w) return encodeWps(w);
                return api.encode(request);
            }

            @Override public Object decode(String text) {
                if (text == null) return null;
                try {
                    JsonNode n = JSON.readTree(text);
                    if (n.has("wps")) return decodeWps(n.get("wps"));
                } catch (IOException e) {
                    return null;
                }
                return api.decode(text);
            }
        };
    }

    static String encodeWps(WpsExecuteRequest r) {
        ObjectNode n = JSON.createObjectNode();
        ObjectNode w = n.putObject("wps").put("identifier", r.identifier()).put("store", r.store()).put("status", r.status())
                .put("lineage", r.lineage());
        if (r.raw() != null) w.set("raw", output(r.raw()));
        ArrayNode outs = w.putArray("outputs");
        r.outputs().forEach(o -> outs.add(output(o)));
        ArrayNode ins = w.putArray("inputs");
        for (InputValue v : r.inputs()) {
            ObjectNode i = ins.addObject().put("id", v.identifier());
            if (v.href() != null) i.put("href", v.href());
            else if (v.mimeType() == null && v.xml() == null && !v.isSpooled()) i.put("literal", v.text());
            else i.put("mimeType", v.mimeType() == null ? "" : v.mimeType());
        }
        return n.toString();
    }

    private static ObjectNode output(WpsOutputRequest o) {
        ObjectNode n = JSON.createObjectNode().put("id", o.id()).put("asReference", o.asReference());
        if (o.mimeType() != null) n.put("mimeType", o.mimeType());
        return n;
    }

    private static WpsOutputRequest output(JsonNode n) {
        return new WpsOutputRequest(n.path("id").asText(null), n.path("mimeType").asText(null), n.path("asReference").asBoolean());
    }

    static WpsExecuteRequest decodeWps(JsonNode w) {
        List<WpsOutputRequest> outs = new ArrayList<>();
        w.path("outputs").forEach(o -> outs.add(output(o)));
        List<InputValue> ins = new ArrayList<>();
        for (JsonNode i : w.path("inputs")) {
            String id = i.path("id").asText();
            if (i.has("href")) ins.add(new InputValue(id, null, null, null, null, null, i.get("href").asText()));
            else if (i.has("literal")) ins.add(InputValue.literal(id, i.get("literal").asText(null)));
            else ins.add(new InputValue(id, null, null, i.path("mimeType").asText(), null, null, null));
        }
        return new WpsExecuteRequest(w.path("identifier").asText(), ins, w.has("raw") ? output(w.get("raw")) : null, outs,
                w.path("store").asBoolean(), w.path("status").asBoolean(), w.path("lineage").asBoolean());
    }
}
