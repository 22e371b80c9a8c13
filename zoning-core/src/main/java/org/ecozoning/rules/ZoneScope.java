package org.ecozoning.rules;

import java.util.List;
import java.util.Objects;
import org.ecozoning.model.ZoneType;

/**
 * A rule's reach into one type of element zone: the site must overlap a zone of {@code type} or,
 * when {@code withinMeters} is positive, come within that distance of it. {@code nameContains}, if
 * not empty, keeps only zones whose name contains one of the strings (e.g. only the shorelines of
 * 汾河、桑干河、滹沱河、漳河、沁河).
 */
public record ZoneScope(ZoneType type, double withinMeters, List<String> nameContains) {
    public ZoneScope {
        Objects.requireNonNull(type, "type");
        if (!(withinMeters >= 0) || Double.isInfinite(withinMeters)) {
            throw new IllegalArgumentException("withinMeters must be a finite number >= 0");
        }
        nameContains = nameContains == null ? List.of() : List.copyOf(nameContains);
    }

    /** Whether a zone of this scope's type with the given name is selected by the name filter. */
    public boolean acceptsName(String zoneName) {
        if (nameContains.isEmpty()) return true;
        for (String s : nameContains) if (zoneName.contains(s)) return true;
        return false;
    }
}
