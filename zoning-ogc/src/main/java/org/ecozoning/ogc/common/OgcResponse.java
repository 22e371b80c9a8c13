package org.ecozoning.ogc.common;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a protocol handler returns: status, content type, extra headers and a body writer. The
 * server shell copies it to the wire; tests read it with {@link #bodyBytes()}.
 */
public final class OgcResponse {
    private final int status;
    private final String contentType;
    private final Map<String, String> headers;
    private final BodyWriter body;

    public OgcResponse(int status, String contentType, Map<String, String> headers, BodyWriter body) {
        this.status = status;
        this.contentType = contentType;
        this.headers = headers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(headers);
        this.body = Objects.requireNonNull(body, "body");
    }

    public static OgcResponse ok(String contentType, byte[] bytes) {
        return new OgcResponse(200, contentType, null, out -> out.write(bytes));
    }

    public static OgcResponse ok(String contentType, String text) {
        return ok(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public static OgcResponse stream(String contentType, BodyWriter writer) {
        return new OgcResponse(200, contentType, null, writer);
    }

    public static OgcResponse of(int status, String contentType, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new OgcResponse(status, contentType, null, out -> out.write(bytes));
    }

    public int status() { return status; }

    public String contentType() { return contentType; }

    public Map<String, String> headers() { return headers; }

    public BodyWriter body() { return body; }

    /** Adds a header, returning this response. */
    public OgcResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The whole body in memory: for tests and small responses only. */
    public byte[] bodyBytes() {
        var out = new java.io.ByteArrayOutputStream();
        try {
            body.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String bodyText() { return new String(bodyBytes(), StandardCharsets.UTF_8); }
}
