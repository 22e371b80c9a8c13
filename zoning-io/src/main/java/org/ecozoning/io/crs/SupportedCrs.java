package org.ecozoning.io.crs;

import org.ecozoning.referencing.Crs;
import org.ecozoning.referencing.CrsRegistry;

/**
 * The coordinate reference systems an import may arrive in: CGCS2000 geographic (the target),
 * WGS 84 (taken as CGCS2000; the two differ by centimetres) and the CGCS2000 3-degree
 * Gauss-Krüger projections that cover Shanxi (central meridians 111°E and 114°E, with and without
 * the zone number in the false easting).
 */
public enum SupportedCrs {
    CGCS2000(4490, "CGCS2000", null, 0, false),
    WGS84(4326, "WGS 84", null, 0, false),
    CGCS2000_GK_CM111(4546, "CGCS2000 / 3-degree Gauss-Kruger CM 111E", 111, 500000, true),
    CGCS2000_GK_CM114(4547, "CGCS2000 / 3-degree Gauss-Kruger CM 114E", 114, 500000, true),
    CGCS2000_GK_ZONE37(4525, "CGCS2000 / 3-degree Gauss-Kruger zone 37", 111, 37500000, true),
    CGCS2000_GK_ZONE38(4526, "CGCS2000 / 3-degree Gauss-Kruger zone 38", 114, 38500000, true);

    private final int epsg;
    private final String title;
    private final Integer centralMeridian;
    private final double falseEasting;
    private final boolean projected;

    SupportedCrs(int epsg, String title, Integer centralMeridian, double falseEasting, boolean projected) {
        this.epsg = epsg;
        this.title = title;
        this.centralMeridian = centralMeridian;
        this.falseEasting = falseEasting;
        this.projected = projected;
    }

    public int epsg() { return epsg; }

    public String title() { return title; }

    public boolean projected() { return projected; }

    public Integer centralMeridian() { return centralMeridian; }

    public double falseEasting() { return falseEasting; }

    /** The same CRS in the core registry (which does the transformations). */
    public Crs crs() { return CrsRegistry.epsg(epsg); }

    /** The PROJ.4 parameters (CGCS2000 uses the GRS 1980 ellipsoid). */
    public String proj4() { return crs().proj4(); }

    /** The supported CRS of an EPSG code, or null. */
    public static SupportedCrs ofEpsg(Integer code) {
        if (code == null) return null;
        for (SupportedCrs c : values()) if (c.epsg == code) return c;
        return null;
    }

    /** ESRI-flavoured WKT of EPSG:4490, as written to .prj files (GDAL and ArcGIS recognise it). */
    public static final String CGCS2000_PRJ =
            "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
                    + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
                    + "UNIT[\"Degree\",0.0174532925199433]]";

    /** OGC WKT of EPSG:4490 with its authority, as stored in a GeoPackage's spatial reference table. */
    public static final String CGCS2000_OGC_WKT =
            "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\","
                    + "SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]],"
                    + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
                    + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
                    + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4490\"]]";
}
