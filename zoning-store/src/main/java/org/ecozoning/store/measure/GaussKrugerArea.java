package org.ecozoning.store.measure;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Measures areas of EPSG:4490 geometries in square metres in the CGCS2000 3-degree Gauss-Krüger
 * zone of their centre (central meridians 111°E and 114°E cover Shanxi). Kept in one small class
 * that uses proj4j directly so it can be swapped for {@code org.ecozoning.referencing} later.
 */
public final class GaussKrugerArea {
    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateReferenceSystem CGCS2000 =
            CRS.createFromParameters("CGCS2000", "+proj=longlat +ellps=GRS80 +no_defs");

    private GaussKrugerArea() {}

    /** The 3-degree zone central meridian (a multiple of 3, in degrees) for an envelope's centre. */
    public static int centralMeridian(Envelope lonLat) {
        double lon = (lonLat.getMinX() + lonLat.getMaxX()) / 2;
        return (int) Math.round(lon / 3.0) * 3;
    }

    /** A copy of {@code lonLat} projected to the Gauss-Krüger zone with central meridian {@code cm}, in metres. */
    public static Geometry project(Geometry lonLat, int cm) {
        CoordinateReferenceSystem gk = CRS.createFromParameters("CGCS2000-GK3-" + cm,
                "+proj=tmerc +lat_0=0 +lon_0=" + cm + " +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs");
        CoordinateTransform t = new CoordinateTransformFactory().createTransform(CGCS2000, gk);
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            private final ProjCoordinate in = new ProjCoordinate();
            private final ProjCoordinate out = new ProjCoordinate();

            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                t.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() { return false; }

            @Override
            public boolean isGeometryChanged() { return true; }
        });
        copy.setSRID(0);
        return copy;
    }

    /** Area in m² of an EPSG:4490 geometry, in the Gauss-Krüger zone of its own centre. */
    public static double squareMetres(Geometry lonLat) {
        if (lonLat == null || lonLat.isEmpty()) return 0;
        return project(lonLat, centralMeridian(lonLat.getEnvelopeInternal())).getArea();
    }
}
