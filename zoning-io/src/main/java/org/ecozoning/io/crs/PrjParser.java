package org.ecozoning.io.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises the CRS of a WKT text (a Shapefile's .prj, ESRI or OGC flavour, WKT1 or WKT2) as one
 * of the {@link SupportedCrs}: by its EPSG authority when it states one, otherwise by datum,
 * projection, central meridian and false easting. Returns null for anything else, so the caller
 * can warn; never throws on odd text.
 */
public final class PrjParser {
    private PrjParser() { }

    /** A WKT node: keyword and arguments (strings, numbers as text, or nested nodes). */
    record Node(String keyword, List<Object> args) {
        Node child(String... names) {
            for (Object a : args) {
                if (a instanceof Node n) {
                    for (String name : names) if (n.keyword.equalsIgnoreCase(name)) return n;
                }
            }
            return null;
        }

        List<Node> children(String name) {
            List<Node> out = new ArrayList<>();
            for (Object a : args) if (a instanceof Node n && n.keyword.equalsIgnoreCase(name)) out.add(n);
            return out;
        }

        String firstString() { return args.isEmpty() || !(args.get(0) instanceof String s) ? "" : s; }
    }

    /** The supported CRS the WKT describes, or null. */
    public static SupportedCrs parse(String wkt) {
        if (wkt == null || wkt.isBlank()) return null;
        Node root;
        try {
            root = new Parser(wkt.strip()).node();
        } catch (RuntimeException e) {
            return null;
        }
        Integer epsg = authority(root);
        if (epsg != null) return SupportedCrs.ofEpsg(epsg);
        String kw = root.keyword.toUpperCase(Locale.ROOT);
        boolean projected = kw.startsWith("PROJCS") || kw.startsWith("PROJCRS") || kw.equals("PROJECTEDCRS");
        Node geog = projected ? root.child("GEOGCS", "BASEGEOGCRS", "BASEGEODCRS", "GEOGCRS") : root;
        if (geog == null) return null;
        String datum = datumName(geog);
        boolean cgcs = datum.contains("CHINA") && datum.contains("2000") || datum.contains("CGCS") && datum.contains("2000");
        boolean wgs = datum.contains("WGS") && datum.contains("84") || datum.contains("WORLD_GEODETIC_SYSTEM_1984");
        if (!projected) {
            if (cgcs) return SupportedCrs.CGCS2000;
            if (wgs) return SupportedCrs.WGS84;
            return null;
        }
        if (!cgcs) return null;
        String method = projectionName(root);
        if (!(method.contains("TRANSVERSE") || method.contains("GAUSS") || method.contains("TMERC"))) return null;
        Double cm = parameter(root, "central_meridian", "longitude_of_natural_origin", "longitude of natural origin");
        Double fe = parameter(root, "false_easting", "false easting");
        Double lat0 = parameter(root, "latitude_of_origin", "latitude_of_natural_origin", "latitude of natural origin");
        Double k = parameter(root, "scale_factor", "scale_factor_at_natural_origin", "scale factor at natural origin");
        if (cm == null || fe == null) return null;
        if (lat0 != null && Math.abs(lat0) > 1e-9) return null;
        if (k != null && Math.abs(k - 1) > 1e-9) return null;
        for (SupportedCrs c : SupportedCrs.values()) {
            if (c.projected() && Math.abs(c.centralMeridian() - cm) < 1e-9 && Math.abs(c.falseEasting() - fe) < 1e-3) return c;
        }
        return null;
    }

    private static Integer authority(Node root) {
        for (Object a : root.args) {
            if (a instanceof Node n && (n.keyword.equalsIgnoreCase("AUTHORITY") || n.keyword.equalsIgnoreCase("ID"))
                    && n.args.size() >= 2 && "EPSG".equalsIgnoreCase(String.valueOf(n.args.get(0)))) {
                try {
                    return Integer.valueOf(String.valueOf(n.args.get(1)).strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String datumName(Node geog) {
        Node d = geog.child("DATUM", "GEODETICDATUM", "TRF");
        String name = d == null ? "" : d.firstString();
        return (name + " " + geog.firstString()).toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    private static String projectionName(Node projcs) {
        Node p = projcs.child("PROJECTION");
        if (p != null) return p.firstString().toUpperCase(Locale.ROOT);
        Node conv = projcs.child("CONVERSION");
        if (conv != null) {
            Node m = conv.child("METHOD", "PROJECTION");
            if (m != null) return m.firstString().toUpperCase(Locale.ROOT);
        }
        return "";
    }

    private static Double parameter(Node projcs, String... names) {
        List<Node> params = new ArrayList<>(projcs.children("PARAMETER"));
        Node conv = projcs.child("CONVERSION");
        if (conv != null) params.addAll(conv.children("PARAMETER"));
        for (Node p : params) {
            for (String n : names) {
                if (p.firstString().equalsIgnoreCase(n) && p.args.size() >= 2) {
                    try {
                        return Double.valueOf(String.valueOf(p.args.get(1)).strip());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** A small recursive-descent reader of WKT's KEYWORD[arg, "string", KEYWORD[…]] shape. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) { this.s = s; }

        Node node() {
            skip();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
            String kw = s.substring(start, i);
            if (kw.isEmpty()) throw new IllegalArgumentException("keyword expected at " + i);
            skip();
            List<Object> args = new ArrayList<>();
            if (i < s.length() && (s.charAt(i) == '[' || s.charAt(i) == '(')) {
                char close = s.charAt(i) == '[' ? ']' : ')';
                i++;
                while (true) {
                    skip();
                    if (i >= s.length()) throw new IllegalArgumentException("unclosed bracket");
                    char c = s.charAt(i);
                    if (c == close) { i++; break; }
                    if (c == ',') { i++; continue; }
                    if (c == '"') {
                        int e = s.indexOf('"', i + 1);
                        if (e < 0) throw new IllegalArgumentException("unclosed string");
                        args.add(s.substring(i + 1, e));
                        i = e + 1;
                    } else if (Character.isDigit(c) || c == '-' || c == '+' || c == '.') {
                        int st = i;
                        while (i < s.length() && "0123456789+-.eE".indexOf(s.charAt(i)) >= 0) i++;
                        args.add(s.substring(st, i));
                    } else {
                        args.add(node());
                    }
                }
            }
            return new Node(kw, args);
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }
    }
}
