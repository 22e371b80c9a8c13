package org.ecozoning.ogc.wfs;

import java.util.List;
import java.util.Locale;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.gml.GmlVersion;

/**
 * The feature encodings GetFeature offers, with the names clients use for them. Names compare
 * case-insensitively and ignoring spaces ("application/gml+xml;version=3.2" is GML 3.2).
 */
public enum OutputFormat {
    GML32("application/gml+xml; version=3.2", GmlVersion.GML_3_2,
            List.of("application/gml+xml; version=3.2", "text/xml; subtype=gml/3.2", "text/xml; subtype=gml/3.2.1",
                    "application/gml+xml; version=3.2.1", "gml32")),
    GML311("text/xml; subtype=gml/3.1.1", GmlVersion.GML_3_1_1,
            List.of("text/xml; subtype=gml/3.1.1", "application/gml+xml; version=3.1", "text/xml; subtype=gml/3.1",
                    "gml3", "gml311")),
    GEOJSON("application/geo+json", null, List.of("application/geo+json", "application/json", "json", "geojson",
            "application/vnd.geo+json"));

    private final String mime;
    private final GmlVersion gml;
    private final List<String> names;

    OutputFormat(String mime, GmlVersion gml, List<String> names) {
        this.mime = mime;
        this.gml = gml;
        this.names = names;
    }

    /** The canonical name, also the Content-Type of the response (plus charset for JSON). */
    public String mime() { return mime; }

    /** The GML version, or null for GeoJSON. */
    public GmlVersion gml() { return gml; }

    /** The names listed in capabilities documents. */
    public List<String> advertisedNames() { return names.subList(0, Math.min(2, names.size())); }

    /** The Content-Type header for a response in this format. */
    public String contentType() {
        return this == GEOJSON ? "application/geo+json; charset=UTF-8" : mime;
    }

    /**
     * Resolves an outputFormat parameter; null or empty gives the version's default.
     *
     * @throws OwsException InvalidParameterValue (locator outputFormat) for an unknown format
     */
    public static OutputFormat resolve(String name, WfsVersion version) {
        if (name == null || name.isBlank()) return version == WfsVersion.V2_0_0 ? GML32 : GML311;
        String n = normalise(name);
        for (OutputFormat f : values()) {
            for (String alias : f.names) if (normalise(alias).equals(n)) return f;
        }
        throw OwsException.invalid("outputFormat", "不支持的输出格式 " + name, "unsupported outputFormat " + name);
    }

    private static String normalise(String s) {
        return s.replace(" ", "").replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
