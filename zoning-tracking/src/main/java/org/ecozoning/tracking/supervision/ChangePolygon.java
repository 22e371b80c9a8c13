package org.ecozoning.tracking.supervision;

import java.time.LocalDate;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A detected land change (变化图斑) from remote sensing: its id in the delivery, the date it was
 * detected, the source (satellite, drone …), the polygon (EPSG:4490) and, when the delivery says
 * what was built, a GB/T 4754 industry code.
 *
 * @param industryCode null when not given; supervision then assumes the configured default
 */
public record ChangePolygon(String id, LocalDate detectedOn, String source, Geometry geometry, String industryCode) {
    public ChangePolygon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detectedOn, "detectedOn");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(geometry, "geometry");
    }

    /** Identifies the change across deliveries: source and id. */
    public String key() { return source + ":" + id; }
}
