package org.ecozoning.store.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed from version {@code fromVersion} to {@code toVersion}: units, element zones and
 * clauses, each only when something differs. Serialisable as JSON with Jackson as it is;
 * {@link DiffGeoJson} writes the changed geometry as a GeoJSON FeatureCollection.
 */
public record SchemeDiff(long fromVersion, long toVersion, List<UnitChange> units, List<ZoneChange> zones, List<ClauseChange> clauses) {
    public SchemeDiff {
        units = List.copyOf(units);
        zones = List.copyOf(zones);
        clauses = List.copyOf(clauses);
    }

    /** Count of changes by kind, over units, zones and clauses ("units.added" → 3, …). */
    @JsonProperty("summary")
    public Map<String, Integer> summary() {
        Map<String, Integer> m = new TreeMap<>();
        for (UnitChange u : units) for (ChangeKind k : u.kinds()) m.merge("units." + k.key(), 1, Integer::sum);
        for (ZoneChange z : zones) for (ChangeKind k : z.kinds()) m.merge("zones." + k.key(), 1, Integer::sum);
        for (ClauseChange c : clauses) m.merge("clauses." + c.kind().key(), 1, Integer::sum);
        return m;
    }

    @JsonIgnore
    public boolean isEmpty() { return units.isEmpty() && zones.isEmpty() && clauses.isEmpty(); }
}
