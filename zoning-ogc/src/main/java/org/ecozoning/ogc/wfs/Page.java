package org.ecozoning.ogc.wfs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paging facts of one GetFeature answer: how many features matched, where the page starts,
 * how many it holds, when it was made, and the links to the neighbouring pages (WFS 2.0 7.7.4.4).
 * For resultType=hits, {@code next} points to the first page of results and there is no previous.
 */
record Page(long matched, long start, long pageSize, long returned, boolean hits, String timeStamp, String next, String previous) {

    static Page of(long matched, long start, long pageSize, boolean hits, String timeStamp, String base,
            Map<String, String> params) {
        long returned = hits ? 0 : Math.max(0, Math.min(pageSize, matched - start));
        String next = null, previous = null;
        if (hits) {
            if (matched > start && pageSize > 0) next = link(base, params, start, pageSize);
        } else {
            if (pageSize > 0 && start + returned < matched) next = link(base, params, start + pageSize, pageSize);
            if (start > 0 && pageSize > 0) {
                long prevStart = Math.max(0, start - pageSize);
                previous = link(base, params, prevStart, start - prevStart);
            }
        }
        return new Page(matched, start, pageSize, returned, hits, timeStamp, next, previous);
    }

    static String link(String base, Map<String, String> params, long start, long count) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("startIndex", Long.toString(start));
        p.put("count", Long.toString(count));
        return url(base, p);
    }

    static String url(String base, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(base);
        char sep = base.indexOf('?') < 0 ? '?' : '&';
        for (var e : params.entrySet()) {
            sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
