package org.ecozoning.sample;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A county-level division as the generator uses it: GB/T 2260 code, names, prefecture city and its
 * polygon (lon/lat). The city code is the county code's first four digits followed by "00".
 */
public record County(String adcode, String name, String cityName, Geometry geometry) {
    public County {
        Objects.requireNonNull(adcode, "adcode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cityName, "cityName");
        if (!adcode.matches("\\d{6}")) throw new IllegalArgumentException("县级行政区划代码应为6位数字 / county code must be 6 digits: " + adcode);
    }

    /** The prefecture city's code, e.g. 140100 for 140105. */
    public String cityCode() { return adcode.substring(0, 4) + "00"; }

    public County withGeometry(Geometry g) { return new County(adcode, name, cityName, g); }
}
