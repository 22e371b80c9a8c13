package org.ecozoning.model;

import java.util.List;

/**
 * The plain content of one scheme version — units, element zones and access-list clauses — as it
 * moves between importers, stores and exporters. The indexed, query-ready form the engine uses is
 * built from it; this record holds no index.
 */
public record SchemeContent(List<ControlUnit> units, List<ElementZone> zones, List<Clause> clauses) {
    public SchemeContent {
        units = List.copyOf(units);
        zones = List.copyOf(zones);
        clauses = List.copyOf(clauses);
    }
}
