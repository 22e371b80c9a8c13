package org.ecozoning.tracking.monitoring;

import java.util.Objects;

/** A monitoring station or river section (断面), as named in the monitoring data; EPSG:4490 longitude/latitude. */
public record Station(String id, String name, double lon, double lat) {
    public Station {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
