package org.ecozoning.ogc.features;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A web link of an OGC API document (RFC 8288 in JSON): target, relation, media type and a title.
 */
record Link(String href, String rel, String type, String title) {
    /** Appends the link to a JSON array as {@code {href, rel, type, title}}. */
    void addTo(ArrayNode links) {
        ObjectNode o = links.addObject();
        o.put("href", href);
        o.put("rel", rel);
        if (type != null) o.put("type", type);
        if (title != null) o.put("title", title);
    }

    /** {@code base + path}, then the parameters as a query string (percent-encoded). */
    static String url(String base, String path, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(base).append(path);
        char sep = '?';
        for (var e : params.entrySet()) {
            if (e.getValue() == null) continue;
            sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    /** Percent-encodes a query component or a path segment (spaces as %20). */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
