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
 * Lives for one assessment in one thread; caches the site's segment index for overlap areas.
 */
final class Site {
    // size: the site's own measure — m² for areas, m for lines, the number of points for points
    private final Geometry geographic;
    private final Coordinate centroid;
    private final Geometry projected;
    private final Crs measureCrs;
    private final GkLayer layer;
    private final int dimension;
    private final double size;
    private final ResolvedCrs crs;
    private final AxisOrder axisOrder;
    private final boolean swapped;
    private final boolean repaired;
    private final String geometryType;
    private final int vertexCount;
    private SiteOverlap overlap;

    Site(Geometry geographic, Coordinate centroid, Geometry projected, Crs measureCrs, GkLayer layer, int dimension, double size,
         ResolvedCrs crs, AxisOrder axisOrder, boolean swapped, boolean repaired, String geometryType, int vertexCount) {
        this.geographic = geographic;
        this.centroid = centroid;
        this.projected = projected;
        this.measureCrs = measureCrs;
        this.layer = layer;
        this.dimension = dimension;
        this.size = size;
        this.crs = crs;
        this.axisOrder = axisOrder;
        this.swapped = swapped;
        this.repaired = repaired;
        this.geometryType = geometryType;
        this.vertexCount = vertexCount;
    }

    Geometry geographic() { return geographic; }

    Coordinate centroid() { return centroid; }

    Geometry projected() { return projected; }

    Crs measureCrs() { return measureCrs; }

    GkLayer layer() { return layer; }

    int dimension() { return dimension; }

    double size() { return size; }

    ResolvedCrs crs() { return crs; }

    AxisOrder axisOrder() { return axisOrder; }

    boolean swapped() { return swapped; }

    boolean repaired() { return repaired; }

    String geometryType() { return geometryType; }

    int vertexCount() { return vertexCount; }

    /** The projected polygon's segment index for overlap areas, built on first use (one assessment, one thread). */
    SiteOverlap overlap() {
        if (overlap == null) overlap = new SiteOverlap(projected);
        return overlap;
    }
}
