package org.ecozoning.store.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.ecozoning.model.ElementZone;
import org.locationtech.jts.geom.Geometry;

/** How one element zone differs between two versions; areas as in {@link UnitChange}. */
public record ZoneChange(
        String id,
        List<ChangeKind> kinds,
        String name,
        String previousName,
        String zoneType,
        String previousZoneType,
        Double areaBefore,
        Double areaAfter,
        Double changedArea,
        @JsonIgnore ElementZone before,
        @JsonIgnore ElementZone after) {

    public ZoneChange {
        kinds = List.copyOf(kinds);
    }

    public ChangeKind primaryKind() { return kinds.get(0); }

    @JsonIgnore
    public Geometry geometry() { return after != null ? after.geometry() : before.geometry(); }
}
