package org.ecozoning.referencing;

/**
 * Chooses the CGCS2000 3° Gauss-Krüger zone in which areas and lengths of a site are measured: the
 * zone whose central meridian is nearest to the site's centroid longitude (for Shanxi: CM 111°E,
 * EPSG:4546, west of 112.5°E; CM 114°E, EPSG:4547, from 112.5°E).
 */
public final class GaussKruger {
    private GaussKruger() { }

    /** Central meridian (a multiple of 3) of the 3° zone containing {@code lon}. */
    public static int centralMeridian3(double lon) {
        if (!(lon >= 73.5 && lon < 136.5)) {
            throw new CrsException("OUT_OF_GK_RANGE",
                    "经度 " + lon + " 不在 CGCS2000 3度带高斯-克吕格投影范围（73.5°E–136.5°E）内",
                    "longitude " + lon + " is outside the CGCS2000 3-degree Gauss-Krüger zones (73.5°E–136.5°E)");
        }
        return (int) (3 * Math.floor(lon / 3.0 + 0.5));
    }

    /** The CGCS2000 3° GK CRS (central-meridian form, false easting 500 km) for a longitude. */
    public static Crs zoneFor(double lon) {
        int cm = centralMeridian3(lon);
        return CrsRegistry.epsg(4534 + (cm - 75) / 3);
    }
}
