package org.ecozoning.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An element zone: a spatial scope a rule refers to that is not a control unit (a shoreline range,
 * a basin, a joint control area …). {@code name} says which one (e.g. "汾河岸线", "清徐-交城片区").
 * Geometry is in EPSG:4490, longitude first.
 */
public record ElementZone(String id, ZoneType type, String name, Geometry geometry) {
    public ElementZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
    }
}
