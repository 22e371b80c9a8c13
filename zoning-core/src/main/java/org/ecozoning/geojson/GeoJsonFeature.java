package org.ecozoning.geojson;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** One GeoJSON feature as read: its id (may be null), its properties and its geometry (may be null). */
public record GeoJsonFeature(Object id, Map<String, Object> properties, Geometry geometry) {
    /** A property as a string, or null when absent. */
    public String string(String key) {
        Object v = properties.get(key);
        return v == null ? null : v.toString();
    }
}
