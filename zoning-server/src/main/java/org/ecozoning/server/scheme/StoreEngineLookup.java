package org.ecozoning.server.scheme;

import java.time.LocalDate;
import java.util.Objects;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.ogc.processes.EngineLookup;
import org.ecozoning.ogc.processes.ProcessException;
import org.ecozoning.store.SchemeVersion;

/**
 * The compliance engine for a process request: the version in force by default, a stored version
 * by its id or name ({@code schemeVersion}), or the version in force on a date ({@code date}) —
 * so WPS and OGC API Processes judge against any published version, as the portal and WFS do.
 */
public final class StoreEngineLookup implements EngineLookup {
    private final SchemeService scheme;

    public StoreEngineLookup(SchemeService scheme) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    @Override
    public ComplianceEngine current() {
        return scheme.loaded().engine();
    }

    @Override
    public ComplianceEngine select(String version, LocalDate date) {
        if (version != null && !version.isBlank()) {
            SchemeVersion v = scheme.store().versions().stream()
                    .filter(SchemeVersion::wasPublished)
                    .filter(x -> version.equals(String.valueOf(x.id())) || version.equals(x.name()))
                    .findFirst()
                    .orElseThrow(() -> ProcessException.invalid("schemeVersion",
                            "未发布方案版本「" + version + "」", "no published scheme version \"" + version + "\""));
            return scheme.byId(v.id()).engine();
        }
        if (date != null) {
            return scheme.store().inForceOn(date).map(v -> scheme.byId(v.id()).engine())
                    .orElseThrow(() -> ProcessException.invalid("date",
                            date + " 无生效的方案版本", "no scheme version was in force on " + date));
        }
        return current();
    }

}
