package org.ecozoning.geojson;

/** A GeoJSON document that does not follow RFC 7946; the message says where. */
public class GeoJsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public GeoJsonException(String message) { super(message); }

    public GeoJsonException(String message, Throwable cause) { super(message, cause); }
}
