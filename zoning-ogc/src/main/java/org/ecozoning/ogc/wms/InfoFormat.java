package org.ecozoning.ogc.wms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The GetFeatureInfo answer formats (INFO_FORMAT), with the aliases clients commonly send. */
enum InfoFormat {
    HTML("text/html", "text/html; charset=UTF-8"),
    TEXT("text/plain", "text/plain; charset=UTF-8"),
    JSON("application/json", "application/json"),
    GML2("application/vnd.ogc.gml", "application/vnd.ogc.gml; charset=UTF-8"),
    GML3("application/vnd.ogc.gml/3.1.1", "application/vnd.ogc.gml/3.1.1; charset=UTF-8");

    /** As advertised in capabilities. */
    final String mime;
    /** The response content type. */
    final String contentType;

    InfoFormat(String mime, String contentType) {
        this.mime = mime;
        this.contentType = contentType;
    }

    static List<String> mimeTypes() { return Arrays.stream(values()).map(f -> f.mime).toList(); }

    /** The format of an INFO_FORMAT value, or null when not offered. */
    static InfoFormat of(String v) {
        if (v == null) return null;
        String t = v.toLowerCase(Locale.ROOT).replace(" ", "");
        int semi = t.indexOf(';');
        String base = semi < 0 ? t : t.substring(0, semi);
        if (t.equals("text/xml;subtype=gml/3.1.1") || t.equals("application/gml+xml;version=3.1")) return GML3;
        return switch (base) {
            case "text/html" -> HTML;
            case "text/plain" -> TEXT;
            case "application/json", "application/geo+json", "json" -> JSON;
            case "application/vnd.ogc.gml", "text/xml", "gml" -> GML2;
            case "application/vnd.ogc.gml/3.1.1", "gml3" -> GML3;
            default -> null;
        };
    }
}
