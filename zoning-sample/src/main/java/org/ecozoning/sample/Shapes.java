package org.ecozoning.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Small geometric building blocks in the km plane of {@link EqualAreaProjection}: circles,
 * irregular blobs, chains of blobs along a line, random points inside an area. All randomness comes
 * from the {@link SplittableRandom} passed in, so a seed fixes every shape.
 */
final class Shapes {
    /** Segments per quarter circle: enough for smooth-looking shapes, few enough for small files. */
    static final int QUADRANT_SEGMENTS = 5;

    private final GeometryFactory factory;

    Shapes(GeometryFactory factory) { this.factory = factory; }

    GeometryFactory factory() { return factory; }

    Geometry circle(double x, double y, double r) {
        return factory.createPoint(new Coordinate(x, y)).buffer(r, QUADRANT_SEGMENTS);
    }

    /** An irregular rounded patch of roughly radius {@code r}: a core circle plus jittered lobes. */
    Geometry blob(SplittableRandom rnd, double x, double y, double r, int lobes) {
        List<Geometry> parts = new ArrayList<>();
        parts.add(circle(x, y, r * 0.75));
        for (int i = 0; i < lobes; i++) {
            double a = rnd.nextDouble() * 2 * Math.PI;
            double d = r * (0.2 + 0.35 * rnd.nextDouble());
            parts.add(circle(x + d * StrictMath.cos(a), y + d * StrictMath.sin(a), r * (0.45 + 0.3 * rnd.nextDouble())));
        }
        return union(parts);
    }

    /** An elongated rounded patch (a buffered short segment), e.g. for parks. */
    Geometry capsule(SplittableRandom rnd, double x, double y, double halfLength, double radius) {
        double a = rnd.nextDouble() * Math.PI;
        double dx = halfLength * StrictMath.cos(a), dy = halfLength * StrictMath.sin(a);
        LineString ls = factory.createLineString(new Coordinate[] {new Coordinate(x - dx, y - dy), new Coordinate(x + dx, y + dy)});
        return ls.buffer(radius, QUADRANT_SEGMENTS);
    }

    /**
     * Patches strung along a line: every {@code stepKm} a blob whose centre is pushed sideways by up
     * to half the local half-width, with radius between the two bounds; {@code keep} is the chance a
     * patch is drawn, which leaves gaps as real red lines have.
     */
    Geometry chain(SplittableRandom rnd, LineString lineKm, double stepKm, double minR, double maxR, double keep) {
        List<Geometry> parts = new ArrayList<>();
        double len = lineKm.getLength();
        org.locationtech.jts.linearref.LengthIndexedLine idx = new org.locationtech.jts.linearref.LengthIndexedLine(lineKm);
        for (double s = 0; s <= len; s += stepKm) {
            double r = minR + (maxR - minR) * rnd.nextDouble();
            double side = (rnd.nextDouble() - 0.5) * r;
            boolean draw = rnd.nextDouble() < keep;
            if (!draw) continue;
            Coordinate c = idx.extractPoint(s, side);
            parts.add(blob(rnd, c.x, c.y, r, 2));
        }
        return union(parts);
    }

    /** A random point strictly inside {@code area}, or null after {@code tries} misses. */
    static Coordinate randomPointIn(SplittableRandom rnd, Geometry area, int tries) {
        if (area.isEmpty()) return null;
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(area);
        Envelope e = area.getEnvelopeInternal();
        for (int i = 0; i < tries; i++) {
            Coordinate c = new Coordinate(e.getMinX() + rnd.nextDouble() * e.getWidth(), e.getMinY() + rnd.nextDouble() * e.getHeight());
            if (loc.locate(c) == Location.INTERIOR) return c;
        }
        return null;
    }

    Geometry union(List<Geometry> parts) {
        if (parts.isEmpty()) return factory.createPolygon();
        return areal(OverlayNGRobust.union(factory.buildGeometry(parts)));
    }

    /** Intersection; when both inputs are areas the result is kept to its areal part. */
    static Geometry intersection(Geometry a, Geometry b) { return op(a, b, OverlayNG.INTERSECTION); }

    static Geometry difference(Geometry a, Geometry b) { return op(a, b, OverlayNG.DIFFERENCE); }

    static Geometry union(Geometry a, Geometry b) { return op(a, b, OverlayNG.UNION); }

    private static Geometry op(Geometry a, Geometry b, int opCode) {
        Geometry r = OverlayNGRobust.overlay(a, b, opCode);
        return a.getDimension() == 2 && b.getDimension() == 2 ? areal(r) : r;
    }

    /** The polygons of a possibly mixed result (overlay with snapping may add collapsed lines). */
    static Geometry areal(Geometry g) {
        if (g instanceof org.locationtech.jts.geom.Polygon || g instanceof org.locationtech.jts.geom.MultiPolygon) return g;
        @SuppressWarnings("unchecked")
        List<org.locationtech.jts.geom.Polygon> ps = org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(g);
        return g.getFactory().createMultiPolygon(ps.toArray(new org.locationtech.jts.geom.Polygon[0]));
    }

    /** A lon/lat polyline in km. */
    LineString lineKm(double[][] lonLat) {
        Coordinate[] cs = new Coordinate[lonLat.length];
        for (int i = 0; i < cs.length; i++) {
            double[] p = EqualAreaProjection.forward(lonLat[i][0], lonLat[i][1]);
            cs[i] = new Coordinate(p[0], p[1]);
        }
        return factory.createLineString(cs);
    }

    Coordinate km(double lon, double lat) {
        double[] p = EqualAreaProjection.forward(lon, lat);
        return new Coordinate(p[0], p[1]);
    }
}
