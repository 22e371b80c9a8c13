package org.ecozoning.ogc.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP proactive content negotiation (RFC 9110, 12.5.1) for OGC API resources: picks the media
 * type the client prefers among those a resource offers, honouring quality values and wildcards
 * ({@code text/*}, {@code *}{@code /*}); the most specific range decides a type's quality. Ties go
 * to the server's order, so {@code *}{@code /*} (curl, most libraries) gets the first offered type.
 */
public final class MediaNegotiation {
    private MediaNegotiation() { }

    private record Range(String type, String subtype, double q) {
        /** Specificity of this range for a type: 3 exact, 2 type/*, 1 wildcard, 0 no match. */
        int match(String t, String s) {
            if (type.equals("*") && subtype.equals("*")) return 1;
            if (!type.equals(t)) return 0;
            if (subtype.equals("*")) return 2;
            return subtype.equals(s) ? 3 : 0;
        }
    }

    /**
     * The offered type the Accept header prefers.
     *
     * @param accept the Accept header, or null (anything is acceptable)
     * @param offered the types the resource can produce, server preference first (parameters are ignored when matching)
     * @return one of {@code offered}, or null when the header accepts none of them
     */
    public static String choose(String accept, List<String> offered) {
        if (offered.isEmpty()) return null;
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) return offered.get(0);
        String best = null;
        double bestQ = 0;
        for (String o : offered) {
            String base = o.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            int slash = base.indexOf('/');
            String t = base.substring(0, slash), s = base.substring(slash + 1);
            int spec = 0;
            double q = 0;
            for (Range r : ranges) {
                int m = r.match(t, s);
                if (m > spec || (m == spec && m > 0 && r.q > q)) {
                    spec = m;
                    q = r.q;
                }
            }
            if (spec > 0 && q > bestQ) {
                best = o;
                bestQ = q;
            }
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        if (accept == null || accept.isBlank()) return out;
        for (String part : accept.split(",")) {
            String[] p = part.split(";");
            String mt = p[0].trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (mt.equals("*")) mt = "*/*";
            if (slash <= 0 && !mt.equals("*/*")) continue;
            slash = mt.indexOf('/');
            double q = 1;
            for (int i = 1; i < p.length; i++) {
                String kv = p[i].trim();
                if (kv.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        q = Double.parseDouble(kv.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), Math.max(0, Math.min(1, q))));
        }
        return out;
    }
}
