package org.ecozoning.render;

/**
 * Maps coordinates from the storage CRS (EPSG:4490, longitude first) into the map's CRS, in place.
 * The WMS supplies it (typically a proj4j transform in a loop); the renderer calls it once per
 * ring or line with all its coordinates, after dropping those closer than half a pixel.
 * Implementations must be safe to call from the rendering thread only (no sharing is required).
 */
@FunctionalInterface
public interface CoordinateMapper {
    /**
     * @param xy interleaved coordinates {@code x0, y0, x1, y1, …}, overwritten with the result
     *     (map x = east, y = north, whatever the CRS's declared axis order)
     * @param count the number of coordinate pairs to map (the array may be longer)
     */
    void map(double[] xy, int count);

    /** Whether this mapper leaves coordinates unchanged (lets the renderer skip the call). */
    default boolean isIdentity() { return false; }

    /** The mapper for maps in EPSG:4490, EPSG:4326 or CRS84 (longitude east, latitude north). */
    CoordinateMapper IDENTITY = new CoordinateMapper() {
        @Override public void map(double[] xy, int count) { }
        @Override public boolean isIdentity() { return true; }
    };
}
