package org.ecozoning.referencing;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Axis-order helpers: swapping x and y of a geometry, and detecting input whose axes were swapped
 * by mistake. Detection compares a representative position, read both ways, with the area the
 * scheme covers: for Shanxi, (37.8, 112.5) read as longitude 37.8 is far outside, read as latitude
 * 37.8 / longitude 112.5 is inside — clearly swapped.
 */
public final class AxisSwap {
    private AxisSwap() { }

    /** A copy of {@code g} with x and y exchanged. */
    public static Geometry swapXY(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                seq.setOrdinate(i, 0, seq.getY(i));
                seq.setOrdinate(i, 1, x);
            }

            @Override
            public boolean isDone() { return false; }

            @Override
            public boolean isGeometryChanged() { return true; }
        });
        return copy;
    }

    /**
     * Whether the position (x, y), given in {@code crs} in east-north order, looks swapped: it lies
     * outside {@code areaLonLat} (longitude/latitude degrees), while (y, x) lies inside.
     */
    public static boolean looksSwapped(Crs crs, double x, double y, Envelope areaLonLat) {
        if (insideArea(crs, x, y, areaLonLat)) return false;
        return insideArea(crs, y, x, areaLonLat);
    }

    /** Whether (x, y) in {@code crs} (east-north) falls inside the longitude/latitude area. */
    public static boolean insideArea(Crs crs, double x, double y, Envelope areaLonLat) {
        if (crs.isGeographic()) return areaLonLat.contains(x, y);
        try {
            double[] p = CrsTransformer.of(crs, CrsRegistry.CGCS2000).transform(x, y);
            return areaLonLat.contains(p[0], p[1]);
        } catch (CrsException e) {
            return false;
        }
    }
}
