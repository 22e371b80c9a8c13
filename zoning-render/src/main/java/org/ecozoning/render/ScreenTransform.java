package org.ecozoning.render;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns lon/lat geometries into Java2D paths in image pixels: drops vertices closer than about
 * half a pixel before and after the caller's {@link CoordinateMapper}, maps the survivors in one
 * call per ring, skips rings and lines smaller than half a pixel and simplifies what is left to a
 * quarter pixel (Douglas–Peucker), so that Java2D strokes and fills fewer, longer edges. One
 * instance per render (it reuses its buffers); not thread-safe.
 */
final class ScreenTransform {
    private static final double MIN_EXTENT_PX = 0.5;

    private final CoordinateMapper mapper;
    private final boolean identity;
    private final double minX;
    private final double maxY;
    private final double scaleX;
    private final double scaleY;
    private final double sourceTolerance;
    /** Douglas–Peucker tolerance in pixels (see {@link #simplify}). */
    static final double SIMPLIFY_PX = 0.25;

    private double[] buf = new double[2048];
    private boolean[] keep = new boolean[1024];
    private int[] stack = new int[2048];
    private boolean simplified = true;

    ScreenTransform(MapContext ctx) {
        this.mapper = ctx.mapper();
        this.identity = mapper.isIdentity();
        this.minX = ctx.bbox().getMinX();
        this.maxY = ctx.bbox().getMaxY();
        this.scaleX = ctx.width() / ctx.bbox().getWidth();
        this.scaleY = ctx.height() / ctx.bbox().getHeight();
        double pxLon = ctx.lonLatBbox().getWidth() / ctx.width(), pxLat = ctx.lonLatBbox().getHeight() / ctx.height();
        double px = Math.min(pxLon, pxLat);
        // lon/lat pixel size is exact for the identity mapper, an estimate otherwise: be more careful then
        this.sourceTolerance = identity ? 0.5 * px : 0.25 * px;
    }

    /** The path of a geometry (polygon rings closed, even-odd winding), or null when nothing is left. */
    Path2D.Float path(Geometry g) {
        return path(g, true);
    }

    /**
     * The path of a geometry, simplified to {@link #SIMPLIFY_PX} or not: dashed strokes need the
     * unsimplified path, since a shorter path moves every later dash.
     */
    Path2D.Float path(Geometry g, boolean simplified) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD, Math.min(4096, g.getNumPoints() + 8));
        this.simplified = simplified;
        boolean any = append(path, g);
        return any ? path : null;
    }

    private boolean append(Path2D.Float path, Geometry g) {
        if (g instanceof Polygon p) {
            if (!ring(path, p.getExteriorRing().getCoordinateSequence(), true)) return false;
            for (int i = 0; i < p.getNumInteriorRing(); i++) ring(path, p.getInteriorRingN(i).getCoordinateSequence(), true);
            return true;
        }
        if (g instanceof LineString l) return ring(path, l.getCoordinateSequence(), false);
        boolean any = false;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g && !part.isEmpty() && !(part instanceof org.locationtech.jts.geom.Point)) any |= append(path, part);
        }
        return any;
    }

    /** Appends one ring or line; false when it is below half a pixel in both directions. */
    private boolean ring(Path2D.Float path, CoordinateSequence seq, boolean close) {
        int n = seq.size();
        if (n < 2) return false;
        if (buf.length < 2 * n) buf = new double[Math.max(2 * n, buf.length * 2)];
        double[] b = buf;
        double lx = seq.getX(0), ly = seq.getY(0);
        b[0] = lx;
        b[1] = ly;
        int k = 1;
        double tol = sourceTolerance;
        for (int i = 1; i < n - 1; i++) {
            double x = seq.getX(i), y = seq.getY(i);
            if (Math.abs(x - lx) > tol || Math.abs(y - ly) > tol) {
                b[2 * k] = x;
                b[2 * k + 1] = y;
                k++;
                lx = x;
                ly = y;
            }
        }
        b[2 * k] = seq.getX(n - 1);
        b[2 * k + 1] = seq.getY(n - 1);
        k++;
        if (!identity) mapper.map(b, k);
        double minSx = Double.POSITIVE_INFINITY, maxSx = Double.NEGATIVE_INFINITY;
        double minSy = Double.POSITIVE_INFINITY, maxSy = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double sx = (b[2 * j] - minX) * scaleX, sy = (maxY - b[2 * j + 1]) * scaleY;
            b[2 * j] = sx;
            b[2 * j + 1] = sy;
            if (sx < minSx) minSx = sx;
            if (sx > maxSx) maxSx = sx;
            if (sy < minSy) minSy = sy;
            if (sy > maxSy) maxSy = sy;
        }
        if (!(maxSx - minSx >= MIN_EXTENT_PX || maxSy - minSy >= MIN_EXTENT_PX)) return false;
        // radial filter in pixels, compacting the buffer in place
        int m = 1;
        double px = b[0], py = b[1];
        for (int j = 1; j < k; j++) {
            double sx = b[2 * j], sy = b[2 * j + 1];
            if (j == k - 1 || Math.abs(sx - px) >= MIN_EXTENT_PX || Math.abs(sy - py) >= MIN_EXTENT_PX) {
                b[2 * m] = sx;
                b[2 * m + 1] = sy;
                m++;
                px = sx;
                py = sy;
            }
        }
        boolean[] kept = simplify(b, m);
        path.moveTo(b[0], b[1]);
        for (int j = 1; j < m; j++) if (kept[j]) path.lineTo(b[2 * j], b[2 * j + 1]);
        if (close) path.closePath();
        return true;
    }

    /**
     * Douglas–Peucker on the {@code n} pixel positions in {@code b} with {@link #SIMPLIFY_PX}: marks
     * the vertices to keep (first and last always). Runs of nearly collinear vertices — most of a
     * boundary at small scales — become one segment, so Java2D strokes and fills far fewer edges
     * (each stroked vertex is also a join); the drawn line moves by at most a quarter pixel.
     * A closed ring is split at the vertex farthest from its start.
     */
    private boolean[] simplify(double[] b, int n) {
        if (keep.length < n) keep = new boolean[Math.max(n, keep.length * 2)];
        boolean[] kp = keep;
        java.util.Arrays.fill(kp, 0, n, false);
        kp[0] = true;
        kp[n - 1] = true;
        if (n <= 2) return kp;
        if (!simplified) {
            java.util.Arrays.fill(kp, 0, n, true);
            return kp;
        }
        int far = n - 1;
        if (b[0] == b[2 * (n - 1)] && b[1] == b[2 * (n - 1) + 1]) {
            double best = -1;
            for (int j = 1; j < n - 1; j++) {
                double dx = b[2 * j] - b[0], dy = b[2 * j + 1] - b[1], d = dx * dx + dy * dy;
                if (d > best) {
                    best = d;
                    far = j;
                }
            }
            kp[far] = true;
        }
        if (stack.length < 2 * n) stack = new int[Math.max(2 * n, stack.length * 2)];
        int[] st = stack;
        int top = 0;
        st[top++] = 0;
        st[top++] = far;
        if (far != n - 1) {
            st[top++] = far;
            st[top++] = n - 1;
        }
        double tol2 = SIMPLIFY_PX * SIMPLIFY_PX;
        while (top > 0) {
            int hi = st[--top], lo = st[--top];
            if (hi - lo < 2) continue;
            double ax = b[2 * lo], ay = b[2 * lo + 1], dx = b[2 * hi] - ax, dy = b[2 * hi + 1] - ay;
            double len2 = dx * dx + dy * dy;
            double best = -1;
            int at = -1;
            for (int j = lo + 1; j < hi; j++) {
                double qx = b[2 * j] - ax, qy = b[2 * j + 1] - ay, d;
                double t = len2 == 0 ? 0 : (qx * dx + qy * dy) / len2; // distance to the segment, not the line
                if (t <= 0) {
                    d = qx * qx + qy * qy;
                } else if (t >= 1) {
                    double ex = qx - dx, ey = qy - dy;
                    d = ex * ex + ey * ey;
                } else {
                    double cross = qx * dy - qy * dx;
                    d = cross * cross / len2;
                }
                if (d > best) {
                    best = d;
                    at = j;
                }
            }
            if (best > tol2) {
                kp[at] = true;
                st[top++] = lo;
                st[top++] = at;
                st[top++] = at;
                st[top++] = hi;
            }
        }
        return kp;
    }

    /** A lon/lat position in image pixels. */
    Point2D.Double point(double lon, double lat) {
        double[] xy = {lon, lat};
        if (!identity) mapper.map(xy, 1);
        return new Point2D.Double((xy[0] - minX) * scaleX, (maxY - xy[1]) * scaleY);
    }
}
