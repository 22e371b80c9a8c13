package org.ecozoning.io.shp;

/**
 * Shape types of the ESRI Shapefile specification. Z and M variants are read as their 2D base
 * type; MultiPatch is not supported.
 */
public enum ShapeType {
    NULL(0, 0), POINT(1, 1), POLYLINE(3, 3), POLYGON(5, 5), MULTIPOINT(8, 8),
    POINT_Z(11, 1), POLYLINE_Z(13, 3), POLYGON_Z(15, 5), MULTIPOINT_Z(18, 8),
    POINT_M(21, 1), POLYLINE_M(23, 3), POLYGON_M(25, 5), MULTIPOINT_M(28, 8),
    MULTIPATCH(31, 31);

    private final int code;
    private final int base;

    ShapeType(int code, int base) {
        this.code = code;
        this.base = base;
    }

    public int code() { return code; }

    /** The 2D type code (1, 3, 5, 8) this type is read as. */
    public int base() { return base; }

    /** The type of a code, or null for codes the specification does not define. */
    public static ShapeType of(int code) {
        for (ShapeType t : values()) if (t.code == code) return t;
        return null;
    }
}
