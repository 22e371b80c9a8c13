package org.ecozoning.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An environmental control unit (环境管控单元): the spatial unit that carries an access list.
 * Geometry is in CGCS2000 geographic coordinates (EPSG:4490), longitude first.
 */
public record ControlUnit(
        UnitCode code,
        String name,
        UnitClass unitClass,
        UnitSubtype subtype,
        String cityCode,
        String cityName,
        String countyCode,
        String countyName,
        Geometry geometry) {

    public ControlUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitClass, "unitClass");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(geometry, "geometry");
        if (code.unitClass() != unitClass) {
            throw new IllegalArgumentException("unit " + code + ": class digit in code disagrees with class " + unitClass);
        }
        if (subtype.unitClass() != unitClass) {
            throw new IllegalArgumentException("unit " + code + ": subtype " + subtype + " is not of class " + unitClass);
        }
    }
}
