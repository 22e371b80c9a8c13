package org.ecozoning.referencing;

import java.util.Objects;
import org.locationtech.proj4j.proj.Projection;

/**
 * A coordinate reference system ecozoning knows: its identifier ({@code EPSG:4547} or
 * {@code CRS:84}), name, kind, the axis order of its official definition and, for a projected CRS,
 * the proj4j projection. All CRSs here share one datum frame: CGCS2000 and WGS 84 are treated as
 * identical (they agree to a few decimetres, well below the precision of zoning boundaries), so a
 * transformation never shifts datums. Get instances from {@link CrsRegistry}.
 */
public final class Crs {
    private final String id;
    private final int epsg;
    private final String name;
    private final CrsKind kind;
    private final AxisOrder authorityAxisOrder;
    private final String proj4;
    private final Projection projection;
    private final double centralMeridian;

    Crs(String id, int epsg, String name, CrsKind kind, AxisOrder authorityAxisOrder, String proj4, Projection projection,
        double centralMeridian) {
        this.id = Objects.requireNonNull(id);
        this.epsg = epsg;
        this.name = name;
        this.kind = kind;
        this.authorityAxisOrder = authorityAxisOrder;
        this.proj4 = proj4;
        this.projection = projection;
        this.centralMeridian = centralMeridian;
    }

    /** "EPSG:4490", "CRS:84" … */
    public String id() { return id; }

    /** The EPSG code, or 0 for CRS:84 (which EPSG does not define). */
    public int epsg() { return epsg; }

    public String name() { return name; }

    public CrsKind kind() { return kind; }

    public boolean isGeographic() { return kind == CrsKind.GEOGRAPHIC; }

    /** The axis order of the official definition (EPSG:4326 and 4490: latitude first). */
    public AxisOrder authorityAxisOrder() { return authorityAxisOrder; }

    /** The PROJ.4 parameters this CRS is computed with. */
    public String proj4() { return proj4; }

    /** The proj4j projection of a projected CRS; null for a geographic one. */
    Projection projection() { return projection; }

    /** Central meridian in degrees of a transverse-Mercator CRS; NaN otherwise. */
    public double centralMeridian() { return centralMeridian; }

    /** The OGC URN form, e.g. {@code urn:ogc:def:crs:EPSG::4490}. */
    public String urn() {
        return epsg == 0 ? "urn:ogc:def:crs:OGC:1.3:CRS84" : "urn:ogc:def:crs:EPSG::" + epsg;
    }

    /** The OGC http URI form, e.g. {@code http://www.opengis.net/def/crs/EPSG/0/4490}. */
    public String uri() {
        return epsg == 0 ? "http://www.opengis.net/def/crs/OGC/1.3/CRS84" : "http://www.opengis.net/def/crs/EPSG/0/" + epsg;
    }

    @Override
    public boolean equals(Object o) { return o instanceof Crs c && c.id.equals(id); }

    @Override
    public int hashCode() { return id.hashCode(); }

    @Override
    public String toString() { return id + " (" + name + ")"; }
}
