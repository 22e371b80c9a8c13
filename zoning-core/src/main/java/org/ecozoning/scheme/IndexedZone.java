package org.ecozoning.scheme;

import org.ecozoning.model.ElementZone;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * An element zone as held in one Gauss-Krüger layer: projected geometry, prepared geometry, and a
 * facet-distance index when some rule measures distances to zones of its type (otherwise null).
 */
public record IndexedZone(ElementZone zone, Geometry projected, PreparedGeometry prepared, IndexedFacetDistance distance) { }
