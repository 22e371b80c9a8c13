package org.ecozoning.feature;

import java.util.Arrays;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a published layer: an id unique in its layer, attribute values in the order of
 * its {@link FeatureType}, and a geometry in the source's storage CRS (EPSG:4490, lon/lat).
 */
public final class Feature {
    private final FeatureType type;
    private final String id;
    private final Object[] values;
    private final Geometry geometry;

    public Feature(FeatureType type, String id, Object[] values, Geometry geometry) {
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
        if (values.length != type.attributes().size()) {
            throw new IllegalArgumentException("feature " + id + " has " + values.length + " values for "
                    + type.attributes().size() + " attributes of " + type.name());
        }
        this.values = values;
        this.geometry = geometry;
    }

    public FeatureType type() { return type; }

    public String id() { return id; }

    public Geometry geometry() { return geometry; }

    /** The value at an attribute position. */
    public Object value(int index) { return values[index]; }

    /**
     * The value of a property by name: an attribute, the geometry property's name (the geometry), or
     * null when the type has no such property.
     */
    public Object get(String property) {
        int i = type.indexOf(property);
        if (i >= 0) return values[i];
        if (property.equals(type.geometryName())) return geometry;
        return null;
    }

    /** A copy with another geometry (e.g. reprojected for output), same id and values. */
    public Feature withGeometry(Geometry other) { return new Feature(type, id, values, other); }

    @Override
    public String toString() { return type.name() + "." + id + Arrays.toString(values); }
}
