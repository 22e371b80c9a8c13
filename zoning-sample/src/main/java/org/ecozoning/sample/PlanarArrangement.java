package org.ecozoning.sample;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The faces of a set of lines after snap-rounding them to a fixed grid. Every face vertex lies on
 * the grid and neighbouring faces share their edges exactly, so any grouping of faces unioned back
 * together is an exact partition (no slivers, no overlaps) that survives writing coordinates at the
 * grid's number of decimals. This is what makes counties and units clean coverages.
 */
final class PlanarArrangement {
    private final GeometryFactory factory;
    private final double scale;
    private final List<Polygon> faces;
    private final Map<SegKey, int[]> segmentFaces = new HashMap<>();
    private final Point[] interiorPoints;

    /** A grid segment, stored with its end points in a canonical order. */
    record SegKey(long x1, long y1, long x2, long y2) {
        static SegKey of(long ax, long ay, long bx, long by) {
            if (ax < bx || (ax == bx && ay < by)) return new SegKey(ax, ay, bx, by);
            return new SegKey(bx, by, ax, ay);
        }

        double length(double scale) { return Math.hypot(x2 - x1, y2 - y1) / scale; }
    }

    PlanarArrangement(Collection<? extends Geometry> lineal, GeometryFactory factory, double scale) {
        this.factory = factory;
        this.scale = scale;
        List<SegmentString> input = new ArrayList<>();
        for (Geometry g : lineal) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof LineString ls && ls.getNumPoints() >= 2) {
                    input.add(new NodedSegmentString(ls.getCoordinates(), null));
                } else if (part instanceof Polygon p) {
                    input.add(new NodedSegmentString(p.getExteriorRing().getCoordinates(), null));
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        input.add(new NodedSegmentString(p.getInteriorRingN(h).getCoordinates(), null));
                    }
                }
            }
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(new PrecisionModel(scale));
        noder.computeNodes(input);
        @SuppressWarnings("unchecked")
        Collection<SegmentString> noded = noder.getNodedSubstrings();
        Set<SegKey> segments = new LinkedHashSet<>();
        for (SegmentString ss : noded) {
            Coordinate[] cs = ss.getCoordinates();
            for (int i = 0; i + 1 < cs.length; i++) {
                long ax = grid(cs[i].x), ay = grid(cs[i].y), bx = grid(cs[i + 1].x), by = grid(cs[i + 1].y);
                if (ax == bx && ay == by) continue;
                segments.add(SegKey.of(ax, ay, bx, by));
            }
        }
        Polygonizer polygonizer = new Polygonizer();
        List<Geometry> lines = new ArrayList<>(segments.size());
        for (SegKey k : segments) {
            lines.add(factory.createLineString(new Coordinate[] {
                new Coordinate(k.x1 / scale, k.y1 / scale), new Coordinate(k.x2 / scale, k.y2 / scale)}));
        }
        polygonizer.add(lines);
        @SuppressWarnings("unchecked")
        Collection<Polygon> polys = polygonizer.getPolygons();
        List<Polygon> sorted = new ArrayList<>(polys);
        for (Polygon p : sorted) p.normalize();
        sorted.sort(Comparator.comparingDouble((Polygon p) -> p.getEnvelopeInternal().getMinX())
                .thenComparingDouble(p -> p.getEnvelopeInternal().getMinY())
                .thenComparingDouble(p -> p.getEnvelopeInternal().getMaxX())
                .thenComparingDouble(p -> p.getEnvelopeInternal().getMaxY())
                .thenComparingDouble(Polygon::getArea));
        this.faces = List.copyOf(sorted);
        for (int f = 0; f < faces.size(); f++) {
            Polygon p = faces.get(f);
            addRing(p.getExteriorRing(), f);
            for (int h = 0; h < p.getNumInteriorRing(); h++) addRing(p.getInteriorRingN(h), f);
        }
        this.interiorPoints = new Point[faces.size()];
    }

    private void addRing(LineString ring, int face) {
        CoordinateSequence s = ring.getCoordinateSequence();
        for (int i = 0; i + 1 < s.size(); i++) {
            SegKey k = SegKey.of(grid(s.getX(i)), grid(s.getY(i)), grid(s.getX(i + 1)), grid(s.getY(i + 1)));
            segmentFaces.merge(k, new int[] {face}, (a, b) -> new int[] {a[0], b[0]});
        }
    }

    private long grid(double v) { return Math.round(v * scale); }

    List<Polygon> faces() { return faces; }

    int size() { return faces.size(); }

    /** A point inside face {@code f} (interior point of its widest horizontal section). */
    Point interiorPoint(int f) {
        if (interiorPoints[f] == null) interiorPoints[f] = faces.get(f).getInteriorPoint();
        return interiorPoints[f];
    }

    /**
     * For face {@code f}: the length of border it shares with each neighbouring face, in map
     * units, as neighbour index → length (in first-seen order).
     */
    Map<Integer, Double> neighbours(int f) {
        Map<Integer, Double> out = new java.util.LinkedHashMap<>();
        Polygon p = faces.get(f);
        collect(p.getExteriorRing(), f, out);
        for (int h = 0; h < p.getNumInteriorRing(); h++) collect(p.getInteriorRingN(h), f, out);
        return out;
    }

    private void collect(LineString ring, int f, Map<Integer, Double> out) {
        CoordinateSequence s = ring.getCoordinateSequence();
        for (int i = 0; i + 1 < s.size(); i++) {
            SegKey k = SegKey.of(grid(s.getX(i)), grid(s.getY(i)), grid(s.getX(i + 1)), grid(s.getY(i + 1)));
            int[] fs = segmentFaces.get(k);
            if (fs == null || fs.length < 2) continue;
            int other = fs[0] == f ? fs[1] : fs[0];
            out.merge(other, k.length(scale), Double::sum);
        }
    }

    /** Length of face {@code f}'s border that no other face shares (the arrangement's outside). */
    double outerBorder(int f) {
        double len = 0;
        Polygon p = faces.get(f);
        for (int r = -1; r < p.getNumInteriorRing(); r++) {
            CoordinateSequence s = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinateSequence();
            for (int i = 0; i + 1 < s.size(); i++) {
                SegKey k = SegKey.of(grid(s.getX(i)), grid(s.getY(i)), grid(s.getX(i + 1)), grid(s.getY(i + 1)));
                int[] fs = segmentFaces.get(k);
                if (fs != null && fs.length == 1) len += k.length(scale);
            }
        }
        return len;
    }

    GeometryFactory factory() { return factory; }
}
