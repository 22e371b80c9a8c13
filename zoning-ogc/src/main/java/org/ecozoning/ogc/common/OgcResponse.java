package org.ecozoning.ogc.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a protocol handler answers: status, content type, extra headers and a body, independent of the
 * HTTP server. A body is a {@link BodyWriter}, so the same type serves a small capabilities document
 * (known length, sent with {@code Content-Length}) and a 1 GB feature stream (unknown length, sent
 * chunked while it is produced).
 *
 * <p>Immutable; {@code with...} methods return modified copies.
 */
public final class OgcResponse {

    private final int status;
    private final String contentType;
    private final Parameters headers;
    private final BodyWriter body;
    private final long contentLength;

    private OgcResponse(int status, String contentType, Parameters headers, BodyWriter body, long contentLength) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        this.status = status;
        this.contentType = contentType;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
        this.contentLength = contentLength;
    }

    /**
     * A response with a body held in memory.
     *
     * @param status      HTTP status
     * @param contentType media type with parameters, e.g. {@code image/png}
     * @param body        the bytes (not copied; do not modify afterwards)
     * @return the response
     */
    public static OgcResponse of(int status, String contentType, byte[] body) {
        Objects.requireNonNull(body, "body");
        return new OgcResponse(status, Objects.requireNonNull(contentType, "contentType"), Parameters.empty(),
                out -> out.write(body), body.length);
    }

    /**
     * A 200 response with a body held in memory.
     *
     * @param contentType media type
     * @param body        the bytes
     * @return the response
     */
    public static OgcResponse ok(String contentType, byte[] body) {
        return of(200, contentType, body);
    }

    /**
     * A text response encoded as UTF-8; {@code ; charset=utf-8} is appended unless the media type names
     * a charset.
     *
     * @param status    HTTP status
     * @param mediaType e.g. {@link MediaTypes#XML}, {@link MediaTypes#HTML}
     * @param text      the body
     * @return the response
     */
    public static OgcResponse text(int status, String mediaType, String text) {
        String type = mediaType.toLowerCase(Locale.ROOT).contains("charset=") ? mediaType : mediaType + ";charset=utf-8";
        return of(status, type, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A 200 JSON response ({@code application/json}, UTF-8).
     *
     * @param json the JSON text
     * @return the response
     */
    public static OgcResponse json(String json) {
        return of(200, MediaTypes.JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A streamed response of unknown length: the writer runs while the response is sent, so memory
     * use does not grow with the body.
     *
     * @param status      HTTP status
     * @param contentType media type
     * @param writer      produces the body
     * @return the response
     */
    public static OgcResponse stream(int status, String contentType, BodyWriter writer) {
        return new OgcResponse(status, Objects.requireNonNull(contentType, "contentType"), Parameters.empty(),
                writer, -1);
    }

    /**
     * A response without body (e.g. 204, 304).
     *
     * @param status HTTP status
     * @return the response
     */
    public static OgcResponse empty(int status) {
        return new OgcResponse(status, null, Parameters.empty(), BodyWriter.EMPTY, 0);
    }

    /**
     * An RFC 9457 problem response ({@code application/problem+json}).
     *
     * @param problem the problem
     * @return the response
     */
    public static OgcResponse problem(Problem problem) {
        return of(problem.status(), MediaTypes.PROBLEM_JSON, problem.toJsonBytes());
    }

    /**
     * @param name  header name (not {@code Content-Type} or {@code Content-Length}, which the response
     *              manages)
     * @param value header value
     * @return a copy with the header added
     */
    public OgcResponse withHeader(String name, String value) {
        if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")) {
            throw new IllegalArgumentException(name + " is set by the response factory, not as a header");
        }
        return new OgcResponse(status, contentType, headers.toBuilder().add(name, value).build(), body, contentLength);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the content type, empty for a response without body */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** @return extra headers (not Content-Type / Content-Length) */
    public Parameters headers() {
        return headers;
    }

    /** @return the body length when known in advance */
    public OptionalLong contentLength() {
        return contentLength < 0 ? OptionalLong.empty() : OptionalLong.of(contentLength);
    }

    /** @return the body writer; call it once */
    public BodyWriter body() {
        return body;
    }

    /**
     * Runs the body writer into memory. For tests and small bodies only; for a streamed response it
     * consumes the writer.
     *
     * @return the body bytes
     */
    public byte[] bodyBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the body decoded as UTF-8 (tests and small bodies only) */
    public String bodyText() {
        return new String(bodyBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return status + " " + (contentType == null ? "(no body)" : contentType);
    }
}
