package org.ecozoning.io.shp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Writes the geometries of one layer as .shp and .shx: Polygon (shells clockwise, holes
 * counter-clockwise, as the specification requires), PolyLine, Point or MultiPoint. All non-null
 * geometries of a layer must be of one kind; nulls are written as Null shapes.
 */
public final class ShpWriter {
    private ShpWriter() { }

    /** The shape type for a layer holding these geometries. */
    public static ShapeType typeOf(List<Geometry> geoms) {
        ShapeType t = null;
        for (Geometry g : geoms) {
            if (g == null || g.isEmpty()) continue;
            ShapeType gt = g instanceof Polygonal ? ShapeType.POLYGON : g instanceof Lineal ? ShapeType.POLYLINE
                    : g instanceof Point ? ShapeType.POINT : g instanceof Puntal ? ShapeType.MULTIPOINT : null;
            if (gt == null) throw new IllegalArgumentException("geometry type " + g.getGeometryType() + " cannot be written to a shapefile");
            if (t == ShapeType.POINT && gt == ShapeType.MULTIPOINT || t == ShapeType.MULTIPOINT && gt == ShapeType.POINT) gt = ShapeType.MULTIPOINT;
            else if (t != null && t != gt) throw new IllegalArgumentException("a shapefile holds one geometry kind; got " + t + " and " + gt);
            t = gt;
        }
        return t == null ? ShapeType.POLYGON : t;
    }

    /** Writes {@code stem}.shp and {@code stem}.shx into {@code dir}. */
    public static void write(Path dir, String stem, List<Geometry> geoms) throws IOException {
        ShapeType type = typeOf(geoms);
        List<byte[]> contents = new ArrayList<>();
        Envelope all = new Envelope();
        for (Geometry g : geoms) {
            contents.add(content(g, type));
            if (g != null && !g.isEmpty()) all.expandToInclude(g.getEnvelopeInternal());
        }
        long shpLen = 100;
        for (byte[] c : contents) shpLen += 8 + c.length;
        long shxLen = 100 + 8L * contents.size();
        try (OutputStream shp = Files.newOutputStream(dir.resolve(stem + ".shp"));
             OutputStream shx = Files.newOutputStream(dir.resolve(stem + ".shx"))) {
            shp.write(header(type, shpLen, all));
            shx.write(header(type, shxLen, all));
            int offset = 100;
            ByteBuffer rh = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
            for (int i = 0; i < contents.size(); i++) {
                byte[] c = contents.get(i);
                rh.clear();
                rh.putInt(i + 1).putInt(c.length / 2);
                shp.write(rh.array());
                shp.write(c);
                rh.clear();
                rh.putInt(offset / 2).putInt(c.length / 2);
                shx.write(rh.array());
                offset += 8 + c.length;
            }
        }
    }

    private static byte[] header(ShapeType type, long length, Envelope e) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, (int) (length / 2));
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, type.code());
        if (!e.isNull()) b.putDouble(36, e.getMinX()).putDouble(44, e.getMinY()).putDouble(52, e.getMaxX()).putDouble(60, e.getMaxY());
        return b.array();
    }

    private static byte[] content(Geometry g, ShapeType type) {
        if (g == null || g.isEmpty()) return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
        return switch (type) {
            case POINT -> {
                Coordinate c = g.getCoordinate();
                yield ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putDouble(c.x).putDouble(c.y).array();
            }
            case MULTIPOINT -> {
                Coordinate[] cs = g.getCoordinates();
                ByteBuffer b = ByteBuffer.allocate(40 + 16 * cs.length).order(ByteOrder.LITTLE_ENDIAN);
                b.putInt(8);
                box(b, g.getEnvelopeInternal());
                b.putInt(cs.length);
                for (Coordinate c : cs) b.putDouble(c.x).putDouble(c.y);
                yield b.array();
            }
            default -> {
                List<Coordinate[]> parts = new ArrayList<>();
                if (type == ShapeType.POLYGON) {
                    for (int i = 0; i < g.getNumGeometries(); i++) {
                        Polygon p = (Polygon) g.getGeometryN(i);
                        if (p.isEmpty()) continue;
                        parts.add(oriented(p.getExteriorRing().getCoordinates(), false));
                        for (int h = 0; h < p.getNumInteriorRing(); h++) parts.add(oriented(p.getInteriorRingN(h).getCoordinates(), true));
                    }
                } else {
                    for (int i = 0; i < g.getNumGeometries(); i++) parts.add(((LineString) g.getGeometryN(i)).getCoordinates());
                }
                int points = 0;
                for (Coordinate[] p : parts) points += p.length;
                ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
                b.putInt(type.code());
                box(b, g.getEnvelopeInternal());
                b.putInt(parts.size()).putInt(points);
                int start = 0;
                for (Coordinate[] p : parts) {
                    b.putInt(start);
                    start += p.length;
                }
                for (Coordinate[] p : parts) for (Coordinate c : p) b.putDouble(c.x).putDouble(c.y);
                yield b.array();
            }
        };
    }

    private static Coordinate[] oriented(Coordinate[] ring, boolean ccw) {
        if (Orientation.isCCW(ring) == ccw) return ring;
        Coordinate[] r = ring.clone();
        java.util.Collections.reverse(java.util.Arrays.asList(r));
        return r;
    }

    private static void box(ByteBuffer b, Envelope e) {
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }
}
