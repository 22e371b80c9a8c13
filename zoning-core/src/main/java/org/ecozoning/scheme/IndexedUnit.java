package org.ecozoning.scheme;

import org.ecozoning.model.ControlUnit;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * A control unit as held in one Gauss-Krüger layer: its projected geometry, prepared for fast
 * predicates, and its rings prepared for overlap areas ({@link RingSet}).
 */
public record IndexedUnit(ControlUnit unit, Geometry projected, PreparedGeometry prepared, RingSet rings) {
    public IndexedUnit(ControlUnit unit, Geometry projected, PreparedGeometry prepared) {
        this(unit, projected, prepared, RingSet.of(projected));
    }
}
