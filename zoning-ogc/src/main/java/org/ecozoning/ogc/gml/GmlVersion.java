package org.ecozoning.ogc.gml;

/**
 * The two GML dialects the services write and read: GML 3.2 (WFS 2.0 default) and GML 3.1.1
 * (WFS 1.1). They share the geometry encoding used here but differ in namespace, schema
 * location, whether {@code gml:id} is mandatory on geometries, and the feature substitution group.
 */
public enum GmlVersion {
    GML_3_2("http://www.opengis.net/gml/3.2", "http://schemas.opengis.net/gml/3.2.1/gml.xsd", true,
            "gml:AbstractFeature", "application/gml+xml; version=3.2"),
    GML_3_1_1("http://www.opengis.net/gml", "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd", false,
            "gml:_Feature", "text/xml; subtype=gml/3.1.1");

    private final String namespace;
    private final String schemaLocation;
    private final boolean idRequired;
    private final String featureSubstitutionGroup;
    private final String mimeType;

    GmlVersion(String namespace, String schemaLocation, boolean idRequired, String featureSubstitutionGroup, String mimeType) {
        this.namespace = namespace;
        this.schemaLocation = schemaLocation;
        this.idRequired = idRequired;
        this.featureSubstitutionGroup = featureSubstitutionGroup;
        this.mimeType = mimeType;
    }

    public String namespace() { return namespace; }

    /** The canonical schema URL (resolved from the OGC schema repository). */
    public String schemaLocation() { return schemaLocation; }

    /** Whether every geometry must carry a gml:id (GML 3.2: AbstractGMLType has gml:id required). */
    public boolean idRequired() { return idRequired; }

    /** The head of the substitution group feature elements join ("gml:AbstractFeature" / "gml:_Feature"). */
    public String featureSubstitutionGroup() { return featureSubstitutionGroup; }

    /** The MIME type naming this GML version as an output format. */
    public String mimeType() { return mimeType; }

    /** Which GML version a namespace URI belongs to, or null. */
    public static GmlVersion ofNamespace(String ns) {
        for (GmlVersion v : values()) if (v.namespace.equals(ns)) return v;
        return null;
    }

    /** The GML property type of a feature type's declared geometry type ("MultiPolygon" → "MultiSurfacePropertyType"). */
    public static String propertyType(String geometryType) {
        return switch (geometryType) {
            case "MultiPolygon" -> "MultiSurfacePropertyType";
            case "Polygon" -> "SurfacePropertyType";
            case "MultiLineString" -> "MultiCurvePropertyType";
            case "LineString" -> "CurvePropertyType";
            case "MultiPoint" -> "MultiPointPropertyType";
            case "Point" -> "PointPropertyType";
            default -> "GeometryPropertyType";
        };
    }
}
