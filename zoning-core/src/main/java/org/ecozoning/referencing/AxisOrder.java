package org.ecozoning.referencing;

/**
 * The order of the two axes of a coordinate. Inside ecozoning every geometry is stored
 * {@link #EAST_NORTH} (longitude or easting first), as GeoJSON and most GIS software do; EPSG:4326,
 * EPSG:4490 and the CGCS2000 Gauss-Krüger CRSs are {@link #NORTH_EAST} in their official definition.
 */
public enum AxisOrder {
    EAST_NORTH,
    NORTH_EAST
}
