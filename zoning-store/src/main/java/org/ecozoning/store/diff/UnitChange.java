package org.ecozoning.store.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.ecozoning.model.ControlUnit;
import org.locationtech.jts.geom.Geometry;

/**
 * How one control unit differs between two versions. Areas are in m² (CGCS2000 3° Gauss-Krüger);
 * {@code changedArea} is the area of the symmetric difference of the two shapes, i.e. the land
 * that entered or left the unit. Fields of the side that does not exist are null.
 *
 * @param code         the code in the newer version (or the removed code)
 * @param previousCode the code in the older version when it differs (re-coded), else null
 */
public record UnitChange(
        String code,
        String previousCode,
        List<ChangeKind> kinds,
        String name,
        String previousName,
        String unitClass,
        String previousUnitClass,
        String subtype,
        String previousSubtype,
        String countyCode,
        Double areaBefore,
        Double areaAfter,
        Double changedArea,
        @JsonIgnore ControlUnit before,
        @JsonIgnore ControlUnit after) {

    public UnitChange {
        kinds = List.copyOf(kinds);
    }

    /** The most telling kind, used as the GeoJSON {@code change} property. */
    public ChangeKind primaryKind() { return kinds.get(0); }

    /** The geometry to draw: the newer shape, or the removed one. */
    @JsonIgnore
    public Geometry geometry() { return after != null ? after.geometry() : before.geometry(); }
}
