package org.ecozoning.scheme;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A county-level division (区县) of the scheme's province, used to tell "outside the province"
 * from "inside, but in a gap between units". Geometry in EPSG:4490, longitude first.
 */
public record County(String adcode, String name, String cityName, String cityCode, Geometry geometry) {
    public County {
        Objects.requireNonNull(adcode, "adcode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
    }
}
