package org.ecozoning.sample;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A sinusoidal (equal-area) projection centred on Shanxi, in kilometres. The generator builds its
 * shapes (buffers in km) in this plane and measures every area with it, so areas in the QA report,
 * the docs and the tests are all computed the same way. Uses {@link StrictMath} so results do not
 * depend on the CPU (the committed files must be reproducible anywhere).
 */
public final class EqualAreaProjection {
    /** Mean Earth radius in km. */
    public static final double RADIUS_KM = 6371.0088;
    /** Central meridian (roughly the middle of Shanxi). */
    public static final double LON0 = 112.5;

    private EqualAreaProjection() { }

    /** Projects lon/lat degrees to km (x east, y north). */
    public static double[] forward(double lon, double lat) {
        double phi = Math.toRadians(lat);
        return new double[] {RADIUS_KM * Math.toRadians(lon - LON0) * StrictMath.cos(phi), RADIUS_KM * phi};
    }

    /** Inverse of {@link #forward}. */
    public static double[] inverse(double x, double y) {
        double phi = y / RADIUS_KM;
        return new double[] {LON0 + Math.toDegrees(x / (RADIUS_KM * StrictMath.cos(phi))), Math.toDegrees(phi)};
    }

    /** A copy of a lon/lat geometry in km. */
    public static Geometry toKm(Geometry lonLat) { return transform(lonLat, true); }

    /** A copy of a km geometry in lon/lat. */
    public static Geometry toLonLat(Geometry km) { return transform(km, false); }

    private static Geometry transform(Geometry g, boolean forward) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] p = forward ? forward(seq.getX(i), seq.getY(i)) : inverse(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, p[0]);
                seq.setOrdinate(i, 1, p[1]);
            }

            @Override
            public boolean isDone() { return false; }

            @Override
            public boolean isGeometryChanged() { return true; }
        });
        return copy;
    }

    /** Area in km² of a polygonal lon/lat geometry (non-polygonal parts count zero). */
    public static double areaKm2(Geometry lonLat) {
        double sum = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry part = lonLat.getGeometryN(i);
            if (part instanceof Polygon p) {
                sum += Math.abs(ringArea(p.getExteriorRing()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) sum -= Math.abs(ringArea(p.getInteriorRingN(h)));
            } else if (part != lonLat && part.getNumGeometries() > 0) {
                sum += areaKm2(part);
            }
        }
        return sum;
    }

    private static double ringArea(LineString ring) {
        CoordinateSequence s = ring.getCoordinateSequence();
        int n = s.size();
        if (n < 4) return 0;
        double sum = 0;
        double[] first = forward(s.getX(0), s.getY(0));
        double[] prev = first;
        for (int i = 1; i < n; i++) {
            double[] cur = forward(s.getX(i), s.getY(i));
            sum += (prev[0] - first[0]) * (cur[1] - first[1]) - (cur[0] - first[0]) * (prev[1] - first[1]);
            prev = cur;
        }
        return sum / 2;
    }
}
