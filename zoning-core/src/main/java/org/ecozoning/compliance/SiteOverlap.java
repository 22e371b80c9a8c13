package org.ecozoning.compliance;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.MCIndexSegmentSetMutualIntersector;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import org.ecozoning.scheme.RingSet;

/**
 * The area of the intersection of one polygonal site with polygons (units, zones) without building
 * the intersection: by Green's theorem the area of S∩P is half the sum of the cross products
 * {@code a × b} along its boundary, which is made of the pieces of ∂S inside P and of ∂P inside S.
 * The site's segments are indexed once per assessment; per polygon only its segments near the
 * site are looked at, the crossings with ∂S are computed with the same {@link RobustLineIntersector}
 * OverlayNG uses, and inside/outside toggles at each crossing from a located start vertex.
 *
 * <p>Exact up to floating-point summation order (tested against OverlayNG within 1e-9 relative).
 * Whenever the configuration is not in general position — a crossing at a vertex, collinear
 * overlapping edges, a start vertex on the other boundary, an odd crossing count — {@link #area}
 * returns NaN and the caller falls back to OverlayNG. One instance per assessment; not thread-safe.
 */
final class SiteOverlap {
    private final Geometry site;
    private final Envelope env;
    private final List<SegmentString> siteRings = new ArrayList<>();
    private final boolean[] siteShell;
    private final MCIndexSegmentSetMutualIntersector siteIndex;
    private final IndexedPointInAreaLocator siteLocator;
    private final LineIntersector li = new RobustLineIntersector();
    private final boolean[] siteCcw;
    private final double siteArea;
    private RingSet siteBlocks;
    private final double ox;
    private final double oy;

    /** @param site a valid Polygon or MultiPolygon (projected metres) */
    SiteOverlap(Geometry site) {
        this.site = site;
        this.env = site.getEnvelopeInternal();
        this.ox = env.getMinX();
        this.oy = env.getMinY();
        List<Boolean> shells = new ArrayList<>();
        for (int i = 0; i < site.getNumGeometries(); i++) {
            Polygon p = (Polygon) site.getGeometryN(i);
            addRing(p.getExteriorRing(), true, shells);
            for (int h = 0; h < p.getNumInteriorRing(); h++) addRing(p.getInteriorRingN(h), false, shells);
        }
        siteShell = new boolean[shells.size()];
        siteCcw = new boolean[shells.size()];
        for (int i = 0; i < siteShell.length; i++) {
            siteShell[i] = shells.get(i);
            siteCcw[i] = Orientation.isCCW(siteRings.get(i).getCoordinates());
        }
        this.siteArea = site.getArea();
        siteIndex = new MCIndexSegmentSetMutualIntersector(siteRings, env);
        siteLocator = new IndexedPointInAreaLocator(site);
    }

    /**
     * The distance between the site's boundary and {@code poly}'s boundary when it is at most
     * {@code max}, else +∞: the same segment-to-segment minimum IndexedFacetDistance computes, but
     * only over segment pairs whose envelopes lie within {@code max} (found through the block
     * envelopes of both sides). For disjoint geometries this is their distance.
     */
    double distanceWithin(RingSet poly, double max) {
        if (siteBlocks == null) siteBlocks = RingSet.of(site);
        Envelope ext = new Envelope(env);
        ext.expandBy(max);
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < poly.size(); r++) {
            if (!poly.ringMeets(r, ext)) continue;
            Coordinate[] cs = poly.ring(r);
            int segs = cs.length - 1;
            for (int b = 0, blocks = poly.blocks(r); b < blocks; b++) {
                if (!poly.blockMeets(r, b, ext)) continue;
                for (int k = b * RingSet.BLOCK, to = Math.min(segs, k + RingSet.BLOCK); k < to; k++) {
                    Coordinate c0 = cs[k], c1 = cs[k + 1];
                    double minX = Math.min(c0.x, c1.x), maxX = Math.max(c0.x, c1.x), minY = Math.min(c0.y, c1.y), maxY = Math.max(c0.y, c1.y);
                    if (maxX < ext.getMinX() || minX > ext.getMaxX() || maxY < ext.getMinY() || minY > ext.getMaxY()) continue;
                    for (int sr = 0; sr < siteBlocks.size(); sr++) {
                        Coordinate[] ss = siteBlocks.ring(sr);
                        int ssegs = ss.length - 1;
                        for (int sb = 0, sbs = siteBlocks.blocks(sr); sb < sbs; sb++) {
                            if (siteBlocks.blockDistance(sr, sb, minX, minY, maxX, maxY) > Math.min(max, best)) continue;
                            for (int j = sb * RingSet.BLOCK, jto = Math.min(ssegs, j + RingSet.BLOCK); j < jto; j++) {
                                double d = Distance.segmentToSegment(c0, c1, ss[j], ss[j + 1]);
                                if (d < best) best = d;
                            }
                        }
                    }
                }
            }
        }
        return best <= max ? best : Double.POSITIVE_INFINITY;
    }

    private void addRing(LinearRing r, boolean shell, List<Boolean> shells) {
        siteRings.add(new BasicSegmentString(r.getCoordinates(), siteRings.size()));
        shells.add(shell);
    }

    static boolean applies(Geometry site) {
        return site instanceof Polygonal && !site.isEmpty();
    }

    /**
     * Area of site ∩ {@code poly} (m²), or NaN when the boundaries are not in general position; 0 when
     * they are disjoint, and exactly the site's {@link Geometry#getArea()} when the polygon covers it.
     * {@code locator}: a point locator for {@code poly} (the prepared geometry's own).
     */
    double area(RingSet poly, java.util.function.Function<Coordinate, Integer> locator) {
        // 1. the polygon's rings near the site, as runs of consecutive segments meeting the site's envelope
        List<SegmentString> near = new ArrayList<>();
        List<Integer> rings = new ArrayList<>();
        for (int r = 0; r < poly.size(); r++) {
            if (!poly.ringMeets(r, env)) continue;
            int ringNo = rings.size();
            Coordinate[] cs = poly.ring(r);
            rings.add(r);
            int segs = cs.length - 1;
            int start = -1;
            for (int b = 0, blocks = poly.blocks(r); b < blocks; b++) {
                int from = b * RingSet.BLOCK, to = Math.min(segs, from + RingSet.BLOCK);
                if (!poly.blockMeets(r, b, env)) {
                    if (start >= 0) {
                        near.add(run(cs, start, from, ringNo));
                        start = -1;
                    }
                    continue;
                }
                for (int k = from; k < to; k++) {
                    boolean meets = segmentMeets(cs[k], cs[k + 1]);
                    if (meets && start < 0) start = k;
                    if (!meets && start >= 0) {
                        near.add(run(cs, start, k, ringNo));
                        start = -1;
                    }
                }
            }
            if (start >= 0) near.add(run(cs, start, segs, ringNo));
        }
        // 2. proper crossings of ∂S with those runs
        Crossings cross = new Crossings(siteRings.size(), rings.size());
        if (!near.isEmpty()) {
            siteIndex.process(near, cross);
            if (cross.degenerate) return Double.NaN;
        }
        // 3. pieces of ∂S inside the polygon
        double twice = 0;
        boolean covered = !cross.any;
        for (int r = 0; r < siteRings.size(); r++) {
            Coordinate[] cs = siteRings.get(r).getCoordinates();
            int loc = locator.apply(cs[0]);
            if (loc == Location.BOUNDARY) return Double.NaN;
            covered &= loc == Location.INTERIOR;
            List<double[]> cr = cross.site.get(r);
            if (loc != Location.INTERIOR && cr.isEmpty()) continue;
            double sum = walk(cs, loc == Location.INTERIOR, cr);
            if (Double.isNaN(sum)) return Double.NaN;
            twice += siteShell[r] == siteCcw[r] ? sum : -sum;
        }
        // 4. pieces of the polygon's boundary inside the site
        for (int r = 0; r < rings.size(); r++) {
            int pr = rings.get(r);
            Coordinate[] cs = poly.ring(pr);
            boolean inside;
            if (!env.intersects(cs[0])) {
                inside = false;
            } else {
                int loc = siteLocator.locate(cs[0]);
                if (loc == Location.BOUNDARY) return Double.NaN;
                inside = loc == Location.INTERIOR;
            }
            List<double[]> cr = cross.other.get(r);
            if (!inside && cr.isEmpty()) continue;
            covered = false; // a ring of the polygon lies inside the site
            double sum = walk(cs, inside, cr);
            if (Double.isNaN(sum)) return Double.NaN;
            twice += poly.isShell(pr) == poly.isCcw(pr) ? sum : -sum;
        }
        // no crossing, the site inside, nothing of the polygon inside the site: the site's own area, exactly
        return covered ? siteArea : twice / 2;
    }

    private boolean segmentMeets(Coordinate a, Coordinate b) {
        return !(Math.max(a.x, b.x) < env.getMinX() || Math.min(a.x, b.x) > env.getMaxX()
                || Math.max(a.y, b.y) < env.getMinY() || Math.min(a.y, b.y) > env.getMaxY());
    }

    private static SegmentString run(Coordinate[] cs, int from, int to, int ringNo) {
        Coordinate[] pts = new Coordinate[to - from + 1];
        System.arraycopy(cs, from, pts, 0, pts.length);
        return new BasicSegmentString(pts, new int[] {ringNo, from});
    }

    /**
     * Twice the signed area contribution of the inside pieces of one closed ring, walking it from
     * its first vertex with inside status {@code inside}, toggling at each crossing. {@code crossings}:
     * {segment index, distance from segment start, x, y}. NaN when the toggles do not close up.
     */
    private double walk(Coordinate[] cs, boolean inside, List<double[]> crossings) {
        crossings.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        for (int i = 1; i < crossings.size(); i++) {
            double[] a = crossings.get(i - 1), b = crossings.get(i);
            if (a[0] == b[0] && a[1] == b[1]) return Double.NaN;
        }
        boolean start = inside;
        double sum = 0;
        int c = 0;
        int n = crossings.size();
        for (int k = 0; k < cs.length - 1; k++) {
            double px = cs[k].x - ox, py = cs[k].y - oy;
            while (c < n && crossings.get(c)[0] == k) {
                double[] x = crossings.get(c++);
                double qx = x[2] - ox, qy = x[3] - oy;
                if (inside) sum += px * qy - qx * py;
                px = qx;
                py = qy;
                inside = !inside;
            }
            if (inside) {
                double qx = cs[k + 1].x - ox, qy = cs[k + 1].y - oy;
                sum += px * qy - qx * py;
            }
        }
        return inside == start ? sum : Double.NaN;
    }

    /** Collects proper crossings per site ring and per polygon ring; flags anything not in general position. */
    private final class Crossings implements SegmentIntersector {
        final List<List<double[]>> site = new ArrayList<>();
        final List<List<double[]>> other = new ArrayList<>();
        boolean degenerate;
        boolean any;

        Crossings(int siteRingCount, int ringCount) {
            for (int i = 0; i < siteRingCount; i++) site.add(new ArrayList<>(4));
            for (int i = 0; i < ringCount; i++) other.add(new ArrayList<>(4));
        }

        @Override
        public void processIntersections(SegmentString e0, int i0, SegmentString e1, int i1) {
            if (degenerate) return;
            SegmentString s, o;
            int is, io;
            if (e0.getData() instanceof Integer) {
                s = e0; is = i0; o = e1; io = i1;
            } else {
                s = e1; is = i1; o = e0; io = i0;
            }
            Coordinate p0 = s.getCoordinate(is), p1 = s.getCoordinate(is + 1);
            Coordinate q0 = o.getCoordinate(io), q1 = o.getCoordinate(io + 1);
            li.computeIntersection(p0, p1, q0, q1);
            if (!li.hasIntersection()) return;
            if (!li.isProper() || li.getIntersectionNum() != 1) {
                degenerate = true;
                return;
            }
            Coordinate x = li.getIntersection(0);
            if (x.equals2D(p0) || x.equals2D(p1) || x.equals2D(q0) || x.equals2D(q1)) {
                degenerate = true;
                return;
            }
            any = true;
            int[] ringFrom = (int[]) o.getData();
            site.get((Integer) s.getData()).add(new double[] {is, p0.distance(x), x.x, x.y});
            other.get(ringFrom[0]).add(new double[] {ringFrom[1] + io, q0.distance(x), x.x, x.y});
        }

        @Override
        public boolean isDone() { return degenerate; }
    }
}
