package org.ecozoning.ogc.wms;

import java.util.List;
import java.util.Locale;

/**
 * The map image formats: 32-bit PNG with alpha, 8-bit palette PNG (with a transparent entry and
 * partial alpha), and JPEG (no alpha: drawn over the background colour). Parsed leniently: case and
 * spaces in parameters do not matter, and the common aliases {@code image/png8} and
 * {@code image/jpg} are accepted.
 */
enum ImageFormat {
    PNG("image/png", true),
    PNG8("image/png; mode=8bit", true),
    JPEG("image/jpeg", false);

    /** The advertised MIME type, also the response content type. */
    final String mime;
    /** Whether the format keeps transparency. */
    final boolean alpha;

    ImageFormat(String mime, boolean alpha) {
        this.mime = mime;
        this.alpha = alpha;
    }

    /** The formats as listed in capabilities. */
    static List<String> mimeTypes() { return List.of(PNG.mime, PNG8.mime, JPEG.mime); }

    /** The format of a FORMAT value, or null when it is not offered. */
    static ImageFormat of(String value) {
        if (value == null) return null;
        String v = value.toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "");
        return switch (v) {
            case "image/png", "png", "image/png;mode=32bit", "image/png;mode=24bit" -> PNG;
            case "image/png;mode=8bit", "image/png8", "png8" -> PNG8;
            case "image/jpeg", "image/jpg", "jpeg", "jpg" -> JPEG;
            default -> null;
        };
    }
}
