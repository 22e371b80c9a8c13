package org.ecozoning.compliance;

import org.ecozoning.referencing.AxisOrder;
import org.ecozoning.referencing.Crs;
import org.ecozoning.referencing.ResolvedCrs;
import org.ecozoning.scheme.GkLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A project site ready for assessment: checked, axis-corrected, in EPSG:4490 ({@code geographic})
 * and in the Gauss-Krüger zone it is measured in ({@code projected}, repaired if it was invalid).
 * {@code centroid} is the EPSG:4490 centroid. {@code layer} is the scheme layer in that zone (null when the scheme is empty).
 */
record Site(Geometry geographic, Coordinate centroid, Geometry projected, Crs measureCrs, GkLayer layer, int dimension, double size,
            ResolvedCrs crs, AxisOrder axisOrder, boolean swapped, boolean repaired, String geometryType, int vertexCount) {
    // size: the site's own measure — m² for areas, m for lines, the number of points for points
}
