package org.ecozoning.io.source;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from any exchange format, before field mapping: its 0-based position in the
 * layer, its id in the source when it has one, its attributes by source field name, and its
 * geometry in the layer's coordinates (may be null).
 */
public record SourceFeature(int index, String id, Map<String, Object> attributes, Geometry geometry) {
    /** An attribute as trimmed text, or null when absent or blank. */
    public String text(String field) {
        Object v = attributes.get(field);
        if (v == null) return null;
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
