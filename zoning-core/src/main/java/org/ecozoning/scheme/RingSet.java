package org.ecozoning.scheme;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * The rings of a projected unit or zone polygon, prepared once at scheme load for the compliance
 * engine's overlap areas: coordinates, whether each ring is a shell or a hole and whether it runs
 * counter-clockwise, and envelopes of the ring and of blocks of {@value #BLOCK} consecutive segments
 * so the segments near a small site are found without scanning the whole ring. Holds references to
 * the geometry's own coordinate arrays plus a few envelopes (a few kB per unit). Immutable.
 */
public final class RingSet {
    /** Segments per block. */
    public static final int BLOCK = 16;

    private final Coordinate[][] rings;
    private final boolean[] shell;
    private final boolean[] ccw;
    private final double[][] ringEnv;
    private final double[][] blockEnv;

    private RingSet(List<Coordinate[]> rs, List<Boolean> shells) {
        int n = rs.size();
        rings = rs.toArray(Coordinate[][]::new);
        shell = new boolean[n];
        ccw = new boolean[n];
        ringEnv = new double[n][];
        blockEnv = new double[n][];
        for (int r = 0; r < n; r++) {
            Coordinate[] cs = rings[r];
            shell[r] = shells.get(r);
            ccw[r] = Orientation.isCCW(cs);
            int segs = cs.length - 1;
            int blocks = (segs + BLOCK - 1) / BLOCK;
            double[] be = new double[blocks * 4];
            double[] re = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int b = 0; b < blocks; b++) {
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                int end = Math.min(segs, (b + 1) * BLOCK);
                for (int k = b * BLOCK; k <= end; k++) {
                    minX = Math.min(minX, cs[k].x);
                    minY = Math.min(minY, cs[k].y);
                    maxX = Math.max(maxX, cs[k].x);
                    maxY = Math.max(maxY, cs[k].y);
                }
                be[4 * b] = minX;
                be[4 * b + 1] = minY;
                be[4 * b + 2] = maxX;
                be[4 * b + 3] = maxY;
                re[0] = Math.min(re[0], minX);
                re[1] = Math.min(re[1], minY);
                re[2] = Math.max(re[2], maxX);
                re[3] = Math.max(re[3], maxY);
            }
            blockEnv[r] = be;
            ringEnv[r] = re;
        }
    }

    /** The rings of a Polygon or MultiPolygon; null for other geometries. */
    public static RingSet of(Geometry g) {
        if (!(g instanceof Polygonal) || g.isEmpty()) return null;
        List<Coordinate[]> rs = new ArrayList<>();
        List<Boolean> shells = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (p.isEmpty()) continue;
            for (int r = 0; r <= p.getNumInteriorRing(); r++) {
                LinearRing ring = r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1);
                rs.add(ring.getCoordinates());
                shells.add(r == 0);
            }
        }
        return new RingSet(rs, shells);
    }

    public int size() { return rings.length; }

    /** Coordinates of ring {@code r} (closed; do not modify). */
    public Coordinate[] ring(int r) { return rings[r]; }

    public boolean isShell(int r) { return shell[r]; }

    public boolean isCcw(int r) { return ccw[r]; }

    /** Whether ring {@code r}'s envelope meets {@code e}. */
    public boolean ringMeets(int r, Envelope e) { return meets(ringEnv[r], 0, e); }

    /** Whether the envelope of block {@code b} (segments b·BLOCK … ) of ring {@code r} meets {@code e}. */
    public boolean blockMeets(int r, int b, Envelope e) { return meets(blockEnv[r], 4 * b, e); }

    /** Number of segment blocks of ring {@code r}. */
    public int blocks(int r) { return blockEnv[r].length / 4; }

    /** Distance between the envelope of block {@code b} of ring {@code r} and the box (minX, minY, maxX, maxY); 0 when they meet. */
    public double blockDistance(int r, int b, double minX, double minY, double maxX, double maxY) {
        double[] a = blockEnv[r];
        int o = 4 * b;
        double dx = Math.max(0, Math.max(a[o] - maxX, minX - a[o + 2]));
        double dy = Math.max(0, Math.max(a[o + 1] - maxY, minY - a[o + 3]));
        return dx == 0 ? dy : dy == 0 ? dx : Math.hypot(dx, dy);
    }

    private static boolean meets(double[] a, int o, Envelope e) {
        return !(a[o + 2] < e.getMinX() || a[o] > e.getMaxX() || a[o + 3] < e.getMinY() || a[o + 1] > e.getMaxY());
    }
}
