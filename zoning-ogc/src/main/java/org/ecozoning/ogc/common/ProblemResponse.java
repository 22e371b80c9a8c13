package org.ecozoning.ogc.common;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ProblemException} as an RFC 9457 problem document
 * ({@code application/problem+json}): {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} and the exception's extension members. A 405 carries the
 * {@code Allow} header.
 */
public final class ProblemResponse {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final JsonFactory JSON = new JsonFactory();

    private ProblemResponse() { }

    /**
     * The problem as a response.
     *
     * @param instance the URI of the request that failed (may be null)
     */
    public static OgcResponse of(ProblemException e, String instance) {
        OgcResponse r = new OgcResponse(e.status(), CONTENT_TYPE, null, out -> write(e, instance, out));
        if (e.status() == 405 && e.members().get("allow") instanceof String allow) r.header("Allow", allow);
        return r;
    }

    /** Writes the problem document. */
    public static void write(ProblemException e, String instance, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", e.type());
            g.writeStringField("title", e.title());
            g.writeNumberField("status", e.status());
            g.writeStringField("detail", e.detail());
            if (instance != null) g.writeStringField("instance", instance);
            for (Map.Entry<String, Object> m : e.members().entrySet()) {
                g.writeFieldName(m.getKey());
                value(g, m.getValue());
            }
            g.writeEndObject();
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) value(g, o);
            g.writeEndArray();
        } else {
            GeoJsonFeatureWriter.value(g, v);
        }
    }
}
