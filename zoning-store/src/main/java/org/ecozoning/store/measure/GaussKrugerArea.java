package org.ecozoning.store.measure;

import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Measures areas of EPSG:4490 geometries in square metres in the CGCS2000 3-degree Gauss-Krüger
 * zone of their centre (central meridians 111°E and 114°E cover Shanxi). A thin store-side facade
 * over {@code org.ecozoning.referencing} (zone choice and the transformation live there).
 */
public final class GaussKrugerArea {
    private GaussKrugerArea() {}

    /** The 3-degree zone central meridian (a multiple of 3, in degrees) for an envelope's centre. */
    public static int centralMeridian(Envelope lonLat) {
        return GaussKruger.centralMeridian3((lonLat.getMinX() + lonLat.getMaxX()) / 2);
    }

    /** A copy of {@code lonLat} projected to the Gauss-Krüger zone with central meridian {@code cm}, in metres. */
    public static Geometry project(Geometry lonLat, int cm) {
        Geometry copy = CrsTransformer.of(CrsRegistry.CGCS2000, GaussKruger.zoneFor(cm)).transform(lonLat);
        copy.setSRID(0);
        return copy;
    }

    /** Area in m² of an EPSG:4490 geometry, in the Gauss-Krüger zone of its own centre. */
    public static double squareMetres(Geometry lonLat) {
        if (lonLat == null || lonLat.isEmpty()) return 0;
        return project(lonLat, centralMeridian(lonLat.getEnvelopeInternal())).getArea();
    }
}
