package org.ecozoning.io.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.model.Dimension;

/**
 * Binds a {@link FieldMapping} to the actual field names of one source: for each attribute the
 * first candidate the source has, matched exactly, then ignoring case; then, for attributes still
 * unbound and names cut short by the 10-byte limit of dBASE field names, a source field of 9 or 10
 * bytes (in UTF-8 or GBK) that starts candidates of this attribute and of no other.
 */
public final class FieldResolver {
    private final Map<FieldMapping.Key, String> keys = new EnumMap<>(FieldMapping.Key.class);
    private final Map<Dimension, String> dims = new EnumMap<>(Dimension.class);

    public FieldResolver(FieldMapping mapping, List<String> sourceFields) {
        List<String> used = new ArrayList<>();
        List<String> every = new ArrayList<>();
        for (FieldMapping.Key k : FieldMapping.Key.values()) every.addAll(mapping.fields(k));
        for (Dimension d : Dimension.values()) every.addAll(mapping.dimensionFields(d));
        for (boolean prefix : new boolean[] {false, true}) {
            for (FieldMapping.Key k : FieldMapping.Key.values()) {
                if (keys.containsKey(k)) continue;
                String f = find(mapping.fields(k), every, sourceFields, used, prefix);
                if (f != null) { keys.put(k, f); used.add(f); }
            }
            for (Dimension d : Dimension.values()) {
                if (dims.containsKey(d)) continue;
                String f = find(mapping.dimensionFields(d), every, sourceFields, used, prefix);
                if (f != null) { dims.put(d, f); used.add(f); }
            }
        }
    }

    /** The source field for an attribute, or null. */
    public String field(FieldMapping.Key k) { return keys.get(k); }

    /** The source field for a dimension's text, or null. */
    public String dimensionField(Dimension d) { return dims.get(d); }

    /** Whether the source has a text field for at least one dimension. */
    public boolean hasAnyDimension() { return !dims.isEmpty(); }

    private static String find(List<String> candidates, List<String> every, List<String> source, List<String> used, boolean prefix) {
        if (!prefix) {
            for (String c : candidates) for (String s : source) if (s.equals(c) && !used.contains(s)) return s;
            for (String c : candidates) for (String s : source) if (s.equalsIgnoreCase(c) && !used.contains(s)) return s;
            return null;
        }
        for (String s : source) {
            if (used.contains(s) || !looksTruncated(s)) continue;
            String su = s.toUpperCase(Locale.ROOT);
            boolean mine = false;
            boolean others = false;
            for (String c : every) {
                if (!c.toUpperCase(Locale.ROOT).startsWith(su) || c.length() <= s.length()) continue;
                if (candidates.contains(c)) mine = true; else others = true;
            }
            if (mine && !others) return s;
        }
        return null;
    }

    private static boolean looksTruncated(String s) {
        int utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int gbk = s.getBytes(java.nio.charset.Charset.forName("GBK")).length;
        return utf8 == 9 || utf8 == 10 || gbk == 9 || gbk == 10;
    }
}
