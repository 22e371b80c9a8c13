package org.ecozoning.feature;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The schema of a published layer: its local name (the namespace prefix is the service's), titles,
 * geometry property and attributes. One instance per layer; features point to it.
 */
public final class FeatureType {
    private final String name;
    private final String titleZh;
    private final String titleEn;
    private final String geometryName;
    private final String geometryType;
    private final List<AttributeDescriptor> attributes;
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @param geometryType the JTS/OGC geometry type name of every feature's geometry
     *     ("MultiPolygon", "Polygon", "LineString", "MultiLineString", "Point", or "Geometry" when mixed)
     */
    public FeatureType(String name, String titleZh, String titleEn, String geometryName, String geometryType,
            List<AttributeDescriptor> attributes) {
        this.name = Objects.requireNonNull(name, "name");
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.geometryName = Objects.requireNonNull(geometryName, "geometryName");
        this.geometryType = Objects.requireNonNull(geometryType, "geometryType");
        this.attributes = List.copyOf(attributes);
        for (int i = 0; i < this.attributes.size(); i++) {
            if (index.put(this.attributes.get(i).name(), i) != null) {
                throw new IllegalArgumentException("duplicate attribute " + this.attributes.get(i).name() + " in " + name);
            }
        }
    }

    public String name() { return name; }

    public String titleZh() { return titleZh; }

    public String titleEn() { return titleEn; }

    public String geometryName() { return geometryName; }

    public String geometryType() { return geometryType; }

    public List<AttributeDescriptor> attributes() { return attributes; }

    /** Position of an attribute in {@link #attributes()}, or -1 when there is none of that name. */
    public int indexOf(String attribute) {
        Integer i = index.get(attribute);
        return i == null ? -1 : i;
    }

    /** The descriptor of an attribute, or null. */
    public AttributeDescriptor attribute(String attribute) {
        int i = indexOf(attribute);
        return i < 0 ? null : attributes.get(i);
    }

    @Override
    public String toString() { return "FeatureType[" + name + "]"; }
}
