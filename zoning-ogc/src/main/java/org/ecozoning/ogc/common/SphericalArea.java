package org.ecozoning.ogc.common;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Area of lon/lat polygons on the authalic sphere of GRS80 (radius 6 371 007.2 m): within a few
 * tenths of a percent of the ellipsoidal area at Shanxi's latitudes, enough for a published
 * {@code areaKm2} attribute. The compliance engine uses the exact projected area instead.
 */
final class SphericalArea {
    private static final double R = 6_371_007.2;

    private SphericalArea() { }

    static double squareKilometres(Geometry g) {
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                sum += Math.abs(ring(p.getExteriorRing().getCoordinateSequence()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) sum -= Math.abs(ring(p.getInteriorRingN(h).getCoordinateSequence()));
            }
        }
        return sum / 1e6;
    }

    /** Signed area of one closed ring in m² (Chamberlain–Duquette formula). */
    private static double ring(CoordinateSequence s) {
        double a = 0;
        for (int i = 0; i < s.size() - 1; i++) {
            double l1 = Math.toRadians(s.getX(i)), l2 = Math.toRadians(s.getX(i + 1));
            double p1 = Math.toRadians(s.getY(i)), p2 = Math.toRadians(s.getY(i + 1));
            a += (l2 - l1) * (2 + Math.sin(p1) + Math.sin(p2));
        }
        return a * R * R / 2;
    }
}
