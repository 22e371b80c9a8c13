package org.ecozoning.rules;

import java.util.List;
import java.util.Set;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;

/**
 * Where a rule applies. Its parts are alternatives: the rule reaches a site that is in the
 * province ({@code provinceWide}), or touches a unit of one of {@code unitClasses} or
 * {@code unitSubtypes}, or reaches one of the {@code zones}.
 */
public record SpatialScope(boolean provinceWide, Set<UnitClass> unitClasses, Set<UnitSubtype> unitSubtypes,
                           List<ZoneScope> zones) {
    public SpatialScope {
        unitClasses = unitClasses == null ? Set.of() : Set.copyOf(unitClasses);
        unitSubtypes = unitSubtypes == null ? Set.of() : Set.copyOf(unitSubtypes);
        zones = zones == null ? List.of() : List.copyOf(zones);
        if (!provinceWide && unitClasses.isEmpty() && unitSubtypes.isEmpty() && zones.isEmpty()) {
            throw new IllegalArgumentException("a spatial scope must name the province, unit classes, unit subtypes or zones");
        }
    }
}
