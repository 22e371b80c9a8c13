package org.ecozoning.ogc.processes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.ogc.common.ProblemException;

/**
 * Reads an OGC API – Processes execute request with Jackson's streaming parser, so that a feature
 * collection given inline (as the input's object, or as its {@code value}) is copied token by token
 * into a {@link Spool} instead of becoming a tree: memory stays bounded whatever the feature count.
 * Literal inputs, {@code href} references, {@code outputs} and {@code response} are read as before.
 * On failure every spool made is deleted.
 */
final class ExecuteJsonReader {
    private final ProcessDescription description;
    private final SpoolArea area;
    private final List<Spool> spools = new ArrayList<>();

    private ExecuteJsonReader(ProcessDescription description, SpoolArea area) {
        this.description = description;
        this.area = area;
    }

    static ProcessesHandler.Execute read(InputStream in, ProcessDescription d, SpoolArea area) {
        ExecuteJsonReader reader = new ExecuteJsonReader(d, area);
        try (JsonParser p = ProcessesHandler.JSON.getFactory().createParser(in)) {
            return reader.execute(p);
        } catch (IOException e) {
            reader.spools.forEach(Spool::delete);
            throw ProblemException.badRequest("请求体不是有效的 JSON", "the body is not valid JSON");
        } catch (RuntimeException e) {
            reader.spools.forEach(Spool::delete);
            throw e;
        }
    }

    private ProcessesHandler.Execute execute(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) throw ProblemException.badRequest("请求体应为 JSON 对象", "the body must be a JSON object");
        List<InputValue> inputs = new ArrayList<>();
        Map<String, String> formats = new LinkedHashMap<>();
        boolean raw = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "inputs" -> {
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        break;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String id = p.currentName();
                        JsonToken vt = p.nextToken();
                        InputDescription desc = description.input(id);
                        if (vt == JsonToken.START_ARRAY && (desc == null || desc.maxOccurs() > 1)) {
                            while (p.nextToken() != JsonToken.END_ARRAY) inputs.add(value(id, p, desc));
                        } else {
                            inputs.add(value(id, p, desc));
                        }
                    }
                }
                case "outputs" -> {
                    JsonNode outs = p.readValueAsTree();
                    if (outs != null && outs.isObject()) {
                        outs.fields().forEachRemaining(e -> {
                            OutputDescription od = description.output(e.getKey());
                            if (od == null) throw ProcessException.invalid(e.getKey(), "没有此输出", "no such output");
                            String mt = e.getValue().path("format").path("mediaType").asText(null);
                            Format f = od.format(mt);
                            if (f == null) throw ProcessException.invalid(e.getKey(), "输出不支持格式 " + mt, "the output does not support " + mt);
                            formats.put(e.getKey(), f.mimeType());
                        });
                    }
                }
                case "response" -> raw = "raw".equals(t.isScalarValue() ? p.getText() : null);
                default -> p.skipChildren();
            }
        }
        return new ProcessesHandler.Execute(inputs, formats, raw);
    }

    private InputValue value(String id, JsonParser p, InputDescription desc) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) return object(id, p);
        if (t == JsonToken.START_ARRAY) {
            Spool s = copy(p);
            return InputValue.spooled(id, s, null, null, null);
        }
        if (desc != null && desc.complex()) return new InputValue(id, p.getText(), null, null, null, null, null);
        return InputValue.literal(id, p.getText());
    }

    /** An input object: a qualified value ({@code value}, {@code mediaType}/{@code format}), a reference ({@code href}), or GeoJSON itself. */
    private InputValue object(String id, JsonParser p) throws IOException {
        Spool raw = newSpool();
        String href = null, mediaType = null, formatMedia = null, type = null, valueText = null;
        Spool valueSpool = null;
        try (JsonGenerator g = ProcessesHandler.JSON.getFactory().createGenerator(raw.output())) {
            g.writeStartObject();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("value")) {
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) valueSpool = copy(p);
                    else valueText = p.getText();
                    continue;
                }
                if (t.isScalarValue()) {
                    switch (name) {
                        case "href" -> href = p.getText();
                        case "mediaType" -> mediaType = p.getText();
                        case "type" -> type = p.getText();
                        default -> { }
                    }
                } else if (name.equals("format") && t == JsonToken.START_OBJECT) {
                    JsonNode f = p.readValueAsTree();
                    formatMedia = f.path("mediaType").asText(null);
                    g.writeFieldName(name);
                    g.writeTree(f);
                    continue;
                }
                g.writeFieldName(name);
                g.copyCurrentStructure(p);
            }
            g.writeEndObject();
        }
        if (href != null) {
            raw.delete();
            if (valueSpool != null) valueSpool.delete();
            return new InputValue(id, null, null, type, null, null, href);
        }
        String mt = mediaType != null ? mediaType : formatMedia;
        if (valueText != null || valueSpool != null) {
            raw.delete();
            if (valueText != null) return new InputValue(id, valueText, null, mt, null, null, null);
            return InputValue.spooled(id, valueSpool, mt == null ? Format.GEOJSON.mimeType() : mt, null, null);
        }
        return InputValue.spooled(id, raw, Format.GEOJSON.mimeType(), null, null);
    }

    private Spool newSpool() {
        Spool s = area.create("api-input");
        spools.add(s);
        return s;
    }

    /** Copies the structure the parser is on into a new spool as JSON text. */
    private Spool copy(JsonParser p) throws IOException {
        Spool s = newSpool();
        try (JsonGenerator g = ProcessesHandler.JSON.getFactory().createGenerator(s.output())) {
            g.copyCurrentStructure(p);
        }
        return s;
    }
}
