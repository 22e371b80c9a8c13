package org.ecozoning.ogc.common;

/** Media types used by the services, spelled once so that handlers and tests agree. */
public final class MediaTypes {
    /** {@code application/json}. */
    public static final String JSON = "application/json";
    /** {@code application/problem+json} (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";
    /** {@code application/geo+json} (RFC 7946). */
    public static final String GEOJSON = "application/geo+json";
    /** {@code application/xml}. */
    public static final String XML = "application/xml";
    /** {@code text/html}. */
    public static final String HTML = "text/html";
    /** {@code text/plain}. */
    public static final String TEXT = "text/plain";
    /** {@code image/png}. */
    public static final String PNG = "image/png";
    /** {@code application/octet-stream}. */
    public static final String OCTET_STREAM = "application/octet-stream";

    private MediaTypes() {
    }
}
