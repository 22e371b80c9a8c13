package org.ecozoning.assist.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.scheme.Scheme;

/**
 * A clause as the search index holds it: the clause, the scheme version it belongs to, and the
 * facets it is filtered by (unit code, class and subtype for unit clauses; city and county codes).
 */
public record ClauseRecord(String version, Clause clause, String unitCode, UnitClass unitClass, UnitSubtype unitSubtype,
                           String unitName, String cityCode, String countyCode) {
    public ClauseRecord {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(clause, "clause");
    }

    /** Every clause of {@code scheme} with its unit facets, labelled with {@code version} (null: the scheme's own). */
    public static List<ClauseRecord> of(Scheme scheme, String version) {
        String v = version == null ? scheme.version() : version;
        List<ClauseRecord> out = new ArrayList<>();
        for (Clause c : scheme.clauses()) {
            ControlUnit u = scheme.unit(c.scopeCode()).orElse(null);
            if (u != null) {
                out.add(new ClauseRecord(v, c, u.code().value(), u.unitClass(), u.subtype(), u.name(), u.cityCode(), u.countyCode()));
            } else {
                String city = switch (c.level()) {
                    case CITY -> c.scopeCode();
                    default -> null;
                };
                out.add(new ClauseRecord(v, c, null, null, null, null, city, null));
            }
        }
        return out;
    }
}
