package org.ecozoning.referencing;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * Transforms coordinates and JTS geometries between two CRSs of the {@link CrsRegistry}, all in the
 * stored east-north axis order. Geographic↔geographic is the identity (one datum frame); otherwise
 * the source projection is inverted to longitude/latitude and the target projection applied.
 * Instances are immutable and thread-safe; each call uses its own scratch coordinates.
 */
public final class CrsTransformer {
    private final Crs source;
    private final Crs target;

    public CrsTransformer(Crs source, Crs target) {
        this.source = source;
        this.target = target;
    }

    public static CrsTransformer of(Crs source, Crs target) { return new CrsTransformer(source, target); }

    public Crs source() { return source; }

    public Crs target() { return target; }

    /** Whether the transformation changes no coordinate. */
    public boolean isIdentity() {
        return source.equals(target) || (source.isGeographic() && target.isGeographic());
    }

    /** Transforms one position; returns {x, y} in the target CRS. */
    public double[] transform(double x, double y) {
        double[] out = new double[2];
        Scratch s = new Scratch();
        apply(x, y, s, out);
        return out;
    }

    /**
     * Transforms {@code count} positions of an interleaved x,y array in place (for rendering loops:
     * no allocation per point). Positions that cannot be transformed become NaN, NaN.
     */
    public void transformInPlace(double[] xy, int count) {
        if (isIdentity()) return;
        Scratch s = new Scratch();
        double[] out = new double[2];
        for (int i = 0, k = 0; i < count; i++, k += 2) {
            try {
                apply(xy[k], xy[k + 1], s, out);
                xy[k] = out[0];
                xy[k + 1] = out[1];
            } catch (CrsException e) {
                xy[k] = Double.NaN;
                xy[k + 1] = Double.NaN;
            }
        }
    }

    /** A transformed copy of {@code g} (the same instance when the transformation is the identity). */
    public Geometry transform(Geometry g) {
        if (isIdentity()) return g;
        Geometry copy = g.copy();
        Scratch s = new Scratch();
        double[] out = new double[2];
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                apply(seq.getX(i), seq.getY(i), s, out);
                seq.setOrdinate(i, 0, out[0]);
                seq.setOrdinate(i, 1, out[1]);
            }

            @Override
            public boolean isDone() { return false; }

            @Override
            public boolean isGeometryChanged() { return true; }
        });
        return copy;
    }

    /** The envelope of the transformed corners and edge midpoints of {@code e} (an approximation). */
    public Envelope transform(Envelope e) {
        if (isIdentity()) return new Envelope(e);
        Envelope out = new Envelope();
        double[] xs = {e.getMinX(), (e.getMinX() + e.getMaxX()) / 2, e.getMaxX()};
        double[] ys = {e.getMinY(), (e.getMinY() + e.getMaxY()) / 2, e.getMaxY()};
        for (double x : xs) {
            for (double y : ys) {
                double[] p = transform(x, y);
                out.expandToInclude(p[0], p[1]);
            }
        }
        return out;
    }

    private void apply(double x, double y, Scratch s, double[] out) {
        double lon, lat;
        try {
            Projection sp = source.projection();
            if (sp == null) {
                lon = x;
                lat = y;
            } else {
                s.in.x = x;
                s.in.y = y;
                sp.inverseProject(s.in, s.geo);
                lon = s.geo.x;
                lat = s.geo.y;
            }
            Projection tp = target.projection();
            if (tp == null) {
                out[0] = lon;
                out[1] = lat;
            } else {
                s.geo.x = lon;
                s.geo.y = lat;
                tp.project(s.geo, s.out);
                out[0] = s.out.x;
                out[1] = s.out.y;
            }
        } catch (RuntimeException e) {
            throw failed(x, y, e);
        }
        if (!Double.isFinite(out[0]) || !Double.isFinite(out[1])) throw failed(x, y, null);
    }

    private CrsException failed(double x, double y, Throwable cause) {
        return new CrsException("TRANSFORM_FAILED",
                "坐标 (" + x + ", " + y + ") 无法从 " + source.id() + " 转换到 " + target.id(),
                "coordinate (" + x + ", " + y + ") cannot be transformed from " + source.id() + " to " + target.id(), cause);
    }

    private static final class Scratch {
        final ProjCoordinate in = new ProjCoordinate();
        final ProjCoordinate geo = new ProjCoordinate();
        final ProjCoordinate out = new ProjCoordinate();
    }
}
