package org.ecozoning.store.jdbc;

import org.ecozoning.store.StoreException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometry exchange with both databases as WKB (written with {@code ST_GeomFromWKB(?, 4490)},
 * read with {@code ST_AsBinary}). Checks on the way in that a geometry is EPSG:4490
 * longitude/latitude, not projected metres.
 */
final class Geometries {
    static final int SRID = 4490;
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Geometries() {}

    static byte[] toWkb(Geometry g, String what) {
        if (g.getSRID() != 0 && g.getSRID() != SRID) {
            throw new StoreException(what + " 的几何坐标系为 EPSG:" + g.getSRID() + "，须为 EPSG:4490 / " + what
                    + ": geometry is in EPSG:" + g.getSRID() + ", EPSG:4490 is required");
        }
        if (g.isEmpty()) throw new StoreException(what + " 的几何为空 / " + what + ": geometry is empty");
        Envelope e = g.getEnvelopeInternal();
        if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
            throw new StoreException(what + " 的坐标超出经纬度范围，几何须为 EPSG:4490 经纬度（经度在前）/ " + what
                    + ": coordinates out of range; geometries must be EPSG:4490 longitude/latitude");
        }
        return new WKBWriter(2).write(g);
    }

    static Geometry fromWkb(byte[] wkb) {
        if (wkb == null) return null;
        try {
            Geometry g = new WKBReader(FACTORY).read(wkb);
            g.setSRID(SRID);
            return g;
        } catch (ParseException e) {
            throw new StoreException("数据库中的几何无法解析 / stored geometry cannot be parsed", e);
        }
    }
}
