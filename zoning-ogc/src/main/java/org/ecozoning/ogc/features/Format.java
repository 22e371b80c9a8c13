package org.ecozoning.ogc.features;

import java.util.List;
import java.util.Locale;
import org.ecozoning.ogc.common.MediaNegotiation;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.ProblemException;

/**
 * The two encodings of every resource: JSON (each resource has its own JSON media type, e.g.
 * GeoJSON for features) and HTML. Chosen by the {@code f} parameter ({@code json}, {@code html})
 * or else by the Accept header; JSON when the header asks for neither.
 */
enum Format {
    JSON, HTML;

    static final String HTML_TYPE = "text/html";

    /**
     * The format of a request.
     *
     * @param jsonType the resource's JSON media type (e.g. application/geo+json)
     * @throws ProblemException 400 for an unknown {@code f}
     */
    static Format of(OgcRequest r, String jsonType) {
        String f = r.param("f");
        if (f != null) {
            String v = f.trim().toLowerCase(Locale.ROOT);
            if (v.equals("html") || v.equals(HTML_TYPE)) return HTML;
            if (v.equals("json") || v.equals("geojson") || v.equals("application/json") || v.equals(jsonType.toLowerCase(Locale.ROOT))) {
                return JSON;
            }
            throw ProblemException.invalidParameter("f", "未知的格式 " + f + "（可用 json、html）", "unknown format " + f + " (json or html)");
        }
        String chosen = MediaNegotiation.choose(r.header("Accept"), List.of(jsonType, "application/json", HTML_TYPE));
        return HTML_TYPE.equals(chosen) ? HTML : JSON;
    }

    /** The value of {@code f} that selects this format. */
    String param() { return this == HTML ? "html" : "json"; }
}
