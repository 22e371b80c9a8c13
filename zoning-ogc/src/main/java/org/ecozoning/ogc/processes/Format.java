package org.ecozoning.ogc.processes;

import java.util.Locale;

/** A complex data format a process accepts or produces: MIME type and optional schema, as listed in DescribeProcess. */
public record Format(String mimeType, String schema, String encoding) {
    public static final String UTF8 = "UTF-8";
    public static final Format WKT = new Format("application/wkt", null, UTF8);
    public static final Format GEOJSON = new Format("application/geo+json", null, UTF8);
    public static final Format JSON = new Format("application/json", null, UTF8);
    public static final Format GML32 = new Format("text/xml; subtype=gml/3.2.1", "http://schemas.opengis.net/gml/3.2.1/gml.xsd", UTF8);
    public static final Format GML212 = new Format("text/xml; subtype=gml/2.1.2", "http://schemas.opengis.net/gml/2.1.2/feature.xsd", UTF8);
    public static final Format GML32_APP = new Format("application/gml+xml; version=3.2", "http://schemas.opengis.net/gml/3.2.1/gml.xsd", UTF8);
    public static final Format HTML = new Format("text/html", null, UTF8);
    public static final Format PDF = new Format("application/pdf", null, null);

    private static final java.util.List<Format> KNOWN = java.util.List.of(WKT, GEOJSON, JSON, GML32, GML212, GML32_APP, HTML, PDF);

    /** The format with these parts: one of the constants when it equals one (code compares them by identity), else a new one. */
    public static Format of(String mimeType, String schema, String encoding) {
        Format f = new Format(mimeType, schema, encoding);
        for (Format k : KNOWN) if (k.equals(f)) return k;
        return f;
    }

    /** The MIME type without parameters, lower case ("text/xml; subtype=gml/3.2.1" → "text/xml"). */
    public static String base(String mimeType) {
        if (mimeType == null) return null;
        int semi = mimeType.indexOf(';');
        return (semi < 0 ? mimeType : mimeType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Compares MIME types ignoring case and blanks ("text/xml;subtype=gml/3.2.1" equals "text/xml; subtype=gml/3.2.1"). */
    public static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
    }

    /** Whether the data is XML (embedded as elements in a WPS response). */
    public boolean isXml() {
        String b = base(mimeType);
        return b.endsWith("/xml") || b.endsWith("+xml");
    }

    /** Whether the data is text (embedded as character data). */
    public boolean isText() {
        return mimeType.startsWith("text/") || mimeType.contains("json") || mimeType.contains("wkt") || isXml();
    }
}
