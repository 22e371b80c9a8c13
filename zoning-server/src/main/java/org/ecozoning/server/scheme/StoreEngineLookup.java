package org.ecozoning.server.scheme;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.ogc.processes.EngineLookup;
import org.ecozoning.ogc.processes.ProcessException;
import org.ecozoning.store.SchemeVersion;

/**
 * The compliance engine for a process request: the version in force by default, a stored version
 * by its id or name ({@code schemeVersion}), or the version in force on a date ({@code date}) —
 * so WPS and OGC API Processes judge against any published version, as the portal and WFS do;
 * staff (by the access policy) may also name a draft, to try a version before it is filed.
 */
public final class StoreEngineLookup implements EngineLookup {
    private final SchemeService scheme;
    private final Predicate<Set<String>> seesDrafts;

    /** A lookup over published versions only. */
    public StoreEngineLookup(SchemeService scheme) {
        this(scheme, roles -> false);
    }

    /** @param seesDrafts which callers (by roles) may judge against a draft named by id or name */
    public StoreEngineLookup(SchemeService scheme, Predicate<Set<String>> seesDrafts) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.seesDrafts = Objects.requireNonNull(seesDrafts, "seesDrafts");
    }

    @Override
    public ComplianceEngine current() {
        return scheme.loaded().engine();
    }

    @Override
    public ComplianceEngine select(String version, LocalDate date) {
        return select(version, date, Set.of());
    }

    @Override
    public ComplianceEngine select(String version, LocalDate date, Set<String> callerRoles) {
        boolean drafts = seesDrafts.test(callerRoles == null ? Set.of() : callerRoles);
        if (version != null && !version.isBlank()) {
            SchemeVersion v = scheme.store().versions().stream()
                    .filter(x -> x.wasPublished() || drafts)
                    .filter(x -> version.equals(String.valueOf(x.id())) || version.equals(x.name()))
                    .findFirst()
                    .orElseThrow(() -> ProcessException.invalid("schemeVersion",
                            "未发布方案版本「" + version + "」", "no published scheme version \"" + version + "\""));
            try {
                return scheme.byId(v.id(), v.revision()).engine();
            } catch (org.ecozoning.scheme.SchemeException e) {
                // a draft being edited may be inconsistent (e.g. clauses of a removed unit)
                throw ProcessException.invalid("schemeVersion", "方案版本「" + v.name() + "」的数据不完整，无法研判：" + e.getMessage(),
                        "scheme version \"" + v.name() + "\" is inconsistent and cannot be used: " + e.getMessage());
            }
        }
        if (date != null) {
            return scheme.store().inForceOn(date).map(v -> scheme.byId(v.id()).engine())
                    .orElseThrow(() -> ProcessException.invalid("date",
                            date + " 无生效的方案版本", "no scheme version was in force on " + date));
        }
        return current();
    }

}
