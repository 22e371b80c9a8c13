package org.ecozoning.ogc.common;

/**
 * A coordinate reference system as a client named it: the identifier to echo back in
 * {@code srsName}, the EPSG code behind it, and whether coordinates in this form are written
 * northing/latitude first. The axis order depends on the form of the name, as WFS 2.0 and GML
 * 3.2 require: {@code urn:ogc:def:crs:EPSG::4490} and {@code http://www.opengis.net/def/crs/EPSG/0/4490}
 * follow the EPSG axis order (latitude first for geographic CRSs, northing first for the CGCS2000
 * Gauss-Krüger zones), while the legacy {@code EPSG:4490} and CRS84 are longitude/easting first.
 *
 * @param id the identifier as requested, echoed in outputs
 * @param epsg the EPSG code (CRS84 is 4326 with longitude first)
 * @param northingFirst whether the first ordinate in XML is latitude/northing
 * @param geographic whether the CRS is geographic (degrees)
 */
public record Crs(String id, int epsg, boolean northingFirst, boolean geographic) {
    /** The storage CRS of every feature source: CGCS2000 geographic, longitude first. */
    public static final Crs STORAGE = new Crs("EPSG:4490", 4490, false, true);

    /** The canonical URN of an EPSG code: {@code urn:ogc:def:crs:EPSG::code}. */
    public static String urn(int epsg) { return "urn:ogc:def:crs:EPSG::" + epsg; }

    /** Whether this and another name the same CRS (ignoring the form of the name and axis order). */
    public boolean sameCrsAs(Crs other) { return other != null && other.epsg == epsg; }
}
