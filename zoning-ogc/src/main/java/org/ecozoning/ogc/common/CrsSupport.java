package org.ecozoning.ogc.common;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The small surface of coordinate reference systems the OGC services need: read a CRS name a
 * client sent, and reproject geometries between it and the storage CRS ({@link Crs#STORAGE}).
 * Geometries here are always x = easting/longitude, y = northing/latitude; XML readers and
 * writers swap axes themselves according to {@link Crs#northingFirst()}.
 *
 * <p>Kept deliberately tiny so the implementation can be swapped for the core referencing module.
 */
public interface CrsSupport {
    /**
     * Resolves a CRS name in any of the accepted forms (EPSG:n, urn:ogc:def:crs:EPSG::n,
     * urn:x-ogc:def:crs:EPSG:n, http://www.opengis.net/def/crs/EPSG/0/n,
     * http://www.opengis.net/gml/srs/epsg.xml#n, CRS84 forms).
     *
     * @throws IllegalArgumentException when the name is malformed or the CRS is not offered
     */
    Crs parse(String name);

    /** The EPSG codes offered to clients, default first. */
    List<Integer> supportedEpsg();

    /** Reprojects from the storage CRS to {@code target}; returns the input when they are the same CRS. */
    Geometry fromStorage(Geometry g, Crs target);

    /** Reprojects from {@code source} to the storage CRS; returns the input when they are the same CRS. */
    Geometry toStorage(Geometry g, Crs source);

    /** An envelope in {@code source} as an envelope in the storage CRS (the bounds of its reprojected outline). */
    Envelope toStorage(Envelope e, Crs source);

    /** A storage-CRS envelope as an envelope in {@code target}. */
    Envelope fromStorage(Envelope e, Crs target);

    /**
     * A transform of coordinate arrays between two offered EPSG codes (x = easting/longitude in
     * both), for rendering. This default goes through {@link #toStorage(Geometry, Crs)} and
     * {@link #fromStorage(Geometry, Crs)} one point at a time; implementations override it with a
     * direct path.
     *
     * @throws IllegalArgumentException when a code is not offered
     */
    default CoordinateArrayTransform arrayTransform(int fromEpsg, int toEpsg) {
        if (fromEpsg == toEpsg) return CoordinateArrayTransform.IDENTITY;
        Crs from = parse("EPSG:" + fromEpsg), to = parse("EPSG:" + toEpsg);
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        return (xy, count) -> {
            for (int i = 0; i < count; i++) {
                Geometry p = fromStorage(toStorage(gf.createPoint(new org.locationtech.jts.geom.Coordinate(xy[2 * i], xy[2 * i + 1])), from), to);
                xy[2 * i] = p.getCoordinate().x;
                xy[2 * i + 1] = p.getCoordinate().y;
            }
        };
    }
}
