package org.ecozoning.scheme;

import org.ecozoning.model.ElementZone;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * An element zone as held in one Gauss-Krüger layer: projected geometry, prepared geometry, and a
 * facet-distance index when some rule measures distances to zones of its type (otherwise null), and
 * its rings prepared for overlap areas ({@link RingSet}; null when the zone is not polygonal).
 */
public record IndexedZone(ElementZone zone, Geometry projected, PreparedGeometry prepared, IndexedFacetDistance distance, RingSet rings) {
    public IndexedZone(ElementZone zone, Geometry projected, PreparedGeometry prepared, IndexedFacetDistance distance) {
        this(zone, projected, prepared, distance, RingSet.of(projected));
    }
}
