package org.ecozoning.io.crs;

import org.locationtech.jts.geom.Geometry;

/**
 * Areas in square metres of geometries in longitude/latitude degrees, for QA thresholds and
 * reports: the degree area is scaled by the length of a degree at the geometry's mean latitude on
 * the GRS 1980 ellipsoid (local equal-area approximation; well under 1 % off for county-sized
 * shapes in Shanxi's latitudes).
 */
public final class Areas {
    private static final double A = 6378137.0;
    private static final double E2 = 0.00669438002290;

    private Areas() { }

    /** Area of {@code g} (degrees) in m². */
    public static double squareMetres(Geometry g) {
        if (g == null || g.isEmpty()) return 0;
        double lat = Math.toRadians(g.getEnvelopeInternal().centre().y);
        return g.getArea() * metresPerDegreeLon(lat) * metresPerDegreeLat(lat);
    }

    /** Length of one degree of longitude at latitude {@code phi} (radians), in metres. */
    public static double metresPerDegreeLon(double phi) {
        double s = Math.sin(phi);
        return Math.PI / 180 * A * Math.cos(phi) / Math.sqrt(1 - E2 * s * s);
    }

    /** Length of one degree of latitude at latitude {@code phi} (radians), in metres. */
    public static double metresPerDegreeLat(double phi) {
        double s = Math.sin(phi);
        return Math.PI / 180 * A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5);
    }

    /** Length of {@code g} (degrees) in metres, with the same approximation. */
    public static double metres(Geometry g) {
        if (g == null || g.isEmpty()) return 0;
        double lat = Math.toRadians(g.getEnvelopeInternal().centre().y);
        // Use the geometric mean of the two scales: good enough for the thinness test of slivers.
        return g.getLength() * Math.sqrt(metresPerDegreeLon(lat) * metresPerDegreeLat(lat));
    }
}
