package org.ecozoning.assist.rules;

import java.util.List;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;

/**
 * A place named in clause text: an element-zone type (with the river names it lists), a unit
 * subtype or a unit class, with its offsets in the normalised text. Exactly one of
 * {@code zone}, {@code subtype}, {@code unitClass} is set.
 */
public record PlaceMention(ZoneType zone, List<String> names, UnitSubtype subtype, UnitClass unitClass,
                           String text, int start, int end) {
    public PlaceMention {
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** "ZONE:TAIYUAN_BASIN", "SUBTYPE:CHEMICAL_PARK", "CLASS:PRIORITY_PROTECTION". */
    public String atom() {
        if (zone != null) return "ZONE:" + zone;
        if (subtype != null) return "SUBTYPE:" + subtype;
        return "CLASS:" + unitClass;
    }
}
