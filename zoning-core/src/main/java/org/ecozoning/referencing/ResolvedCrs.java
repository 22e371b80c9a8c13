package org.ecozoning.referencing;

/**
 * A CRS as named by a client, with the axis order the form of the name implies: the URN and
 * http-URI forms of an EPSG code follow the official axis order (EPSG:4326 latitude first), the
 * short {@code EPSG:n} form and CRS:84 are longitude/easting first (the GIS convention).
 */
public record ResolvedCrs(Crs crs, AxisOrder axisOrder, String asGiven) {
    /** Whether coordinates given in this form must be swapped to reach the stored east-north order. */
    public boolean needsSwap() { return axisOrder == AxisOrder.NORTH_EAST; }
}
