package org.ecozoning.ogc.common;

/**
 * Reprojects interleaved coordinate arrays ({@code x0, y0, x1, y1, …}, x = easting/longitude) in
 * place: the fast path for map rendering, where every vertex that survives decimation must be
 * transformed and building JTS geometries would dominate the cost. Obtained from
 * {@link CrsSupport#arrayTransform(int, int)}; an instance may keep scratch state, so use one per
 * thread (e.g. one per request) — obtaining one is cheap, the CRS definitions behind it are cached.
 */
public interface CoordinateArrayTransform {
    /**
     * @param xy interleaved coordinates, overwritten with the result (NaN where a point cannot be projected)
     * @param count the number of coordinate pairs to transform (the array may be longer)
     */
    void apply(double[] xy, int count);

    /** Whether this transform leaves coordinates unchanged (callers may skip it). */
    default boolean isIdentity() { return false; }

    /** The transform that changes nothing. */
    CoordinateArrayTransform IDENTITY = new CoordinateArrayTransform() {
        @Override public void apply(double[] xy, int count) { }

        @Override public boolean isIdentity() { return true; }
    };
}
