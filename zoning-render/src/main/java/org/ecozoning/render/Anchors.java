package org.ecozoning.render;

import java.awt.geom.PathIterator;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Centroid;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.RingClipper;

/**
 * Where labels and point marks go on areas and lines: the centroid of the largest visible part
 * of an area when it lies inside it, else an interior point (JTS {@link InteriorPointArea}); and
 * the longest segment of a line within the image.
 */
final class Anchors {
    private Anchors() { }

    /**
     * The label point (lon/lat) of an areal geometry: of its largest polygon within the view, clipped
     * to the view when it reaches outside, so that partly visible areas are labelled where seen.
     * Null when no part is visible.
     */
    static Coordinate areaLabelPoint(Geometry g, Envelope view) {
        Polygon best = null;
        double bestArea = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) continue;
            if (!p.getEnvelopeInternal().intersects(view)) continue;
            Polygon visible = p;
            if (!view.contains(p.getEnvelopeInternal())) visible = clip(p, view);
            if (visible == null) continue;
            double a = visible.getArea();
            if (best == null || a > bestArea) {
                best = visible;
                bestArea = a;
            }
        }
        if (best == null) return null;
        Coordinate c = Centroid.getCentroid(best);
        if (c != null && inside(c, best)) return c;
        return InteriorPointArea.getInteriorPoint(best);
    }

    /**
     * A polygon clipped to an envelope, ring by ring (Sutherland–Hodgman via JTS {@link RingClipper}):
     * cheap, and exact enough for placing a label; null when nothing is left.
     */
    private static Polygon clip(Polygon p, Envelope view) {
        RingClipper clipper = new RingClipper(view);
        LinearRing shell = ring(p.getFactory(), clipper.clip(p.getExteriorRing().getCoordinates()));
        if (shell == null) return null;
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            LinearRing h = ring(p.getFactory(), clipper.clip(p.getInteriorRingN(i).getCoordinates()));
            if (h != null) holes.add(h);
        }
        Polygon out = p.getFactory().createPolygon(shell, holes.toArray(new LinearRing[0]));
        return out.getArea() > 0 ? out : null;
    }

    private static LinearRing ring(GeometryFactory f, Coordinate[] c) {
        if (c == null || c.length < 3) return null;
        if (!c[0].equals2D(c[c.length - 1])) {
            c = Arrays.copyOf(c, c.length + 1);
            c[c.length - 1] = c[0].copy();
        }
        return c.length < 4 ? null : f.createLinearRing(c);
    }

    /** Point in polygon by ray crossing (works on the possibly self-touching clipped rings). */
    private static boolean inside(Coordinate c, Polygon p) {
        if (!PointLocation.isInRing(c, p.getExteriorRing().getCoordinates())) return false;
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            if (PointLocation.isInRing(c, p.getInteriorRingN(i).getCoordinates())) return false;
        }
        return true;
    }

    /** An interior point of any geometry (for marks on areas and lines). */
    static Coordinate interiorPoint(Geometry g) {
        Geometry p = g.getInteriorPoint();
        return p == null || p.isEmpty() ? null : p.getCoordinate();
    }

    /**
     * The longest segment of a pixel path once clipped to the image: {midX, midY, angle (radians,
     * kept upright), length}, or null when no segment is visible.
     */
    static double[] longestSegment(Path2D path, int width, int height) {
        double[] seg = new double[6];
        double[] best = null;
        double bestLen = 0, lx = 0, ly = 0, mx = 0, my = 0;
        double[] clip = new double[4];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(seg);
            double x, y;
            if (type == PathIterator.SEG_MOVETO) {
                lx = mx = seg[0];
                ly = my = seg[1];
                continue;
            } else if (type == PathIterator.SEG_CLOSE) {
                x = mx;
                y = my;
            } else {
                x = seg[0];
                y = seg[1];
            }
            if (clip(lx, ly, x, y, width, height, clip)) {
                double len = Math.hypot(clip[2] - clip[0], clip[3] - clip[1]);
                if (len > bestLen) {
                    bestLen = len;
                    double angle = Math.atan2(clip[3] - clip[1], clip[2] - clip[0]);
                    if (angle > Math.PI / 2) angle -= Math.PI;
                    else if (angle <= -Math.PI / 2) angle += Math.PI;
                    best = new double[] {(clip[0] + clip[2]) / 2, (clip[1] + clip[3]) / 2, angle, len};
                }
            }
            lx = x;
            ly = y;
        }
        return best;
    }

    /** Liang–Barsky clipping of a segment to [0,w]×[0,h]; writes the clipped ends into out. */
    private static boolean clip(double x0, double y0, double x1, double y1, int w, int h, double[] out) {
        double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, w - x0, y0, h - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return false;
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    if (t > t1) return false;
                    if (t > t0) t0 = t;
                } else {
                    if (t < t0) return false;
                    if (t < t1) t1 = t;
                }
            }
        }
        out[0] = x0 + t0 * dx;
        out[1] = y0 + t0 * dy;
        out[2] = x0 + t1 * dx;
        out[3] = y0 + t1 * dy;
        return true;
    }
}
