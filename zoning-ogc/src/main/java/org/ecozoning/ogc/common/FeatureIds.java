package org.ecozoning.ogc.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Published feature identifiers: {@code layer.id} (e.g. {@code control_units.ZH14010520003}), so
 * that an identifier names its type, as WFS 2.0 ResourceId and GetFeatureById need, and is a valid
 * {@code gml:id} (an XML NCName). Characters not allowed in an NCName are written {@code _xHHHH_}.
 * Shared by WFS, WMS GetFeatureInfo and OGC API so that a feature has one public identifier.
 */
public final class FeatureIds {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-F]{4})_");

    private FeatureIds() { }

    public static String of(LayerInfo layer, String featureId) { return layer.name() + "." + escape(featureId); }

    /** The layer name part of a published id, or null when it has none. */
    public static String layerOf(String publishedId) {
        int dot = publishedId.indexOf('.');
        return dot <= 0 ? null : publishedId.substring(0, dot);
    }

    /** The feature id part of a published id (everything after the first dot), unescaped. */
    public static String featureOf(String publishedId) {
        int dot = publishedId.indexOf('.');
        return unescape(dot < 0 ? publishedId : publishedId.substring(dot + 1));
    }

    public static String escape(String id) {
        StringBuilder sb = null;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
            if (!ok) {
                if (sb == null) sb = new StringBuilder(id.substring(0, i));
                sb.append(String.format("_x%04X_", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? id : sb.toString();
    }

    public static String unescape(String s) {
        if (s.indexOf("_x") < 0) return s;
        Matcher m = ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(sb);
        return sb.toString();
    }
}
