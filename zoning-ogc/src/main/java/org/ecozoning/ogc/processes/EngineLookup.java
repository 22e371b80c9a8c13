package org.ecozoning.ogc.processes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.ecozoning.compliance.ComplianceEngine;

/**
 * Where processes find the compliance engine of the scheme in force: the current one, or the one
 * of a named version or in force at a date. The server shell implements it over the scheme store;
 * {@link #current(Supplier)} serves only the current scheme (other versions are refused).
 */
public interface EngineLookup {
    ComplianceEngine current();

    /**
     * The engine for a version label or a date (both null: the current one).
     *
     * @throws ProcessException INVALID_INPUT when no such version is published
     */
    default ComplianceEngine select(String version, LocalDate date) {
        ComplianceEngine cur = current();
        if (version == null && date == null) return cur;
        if (version != null && version.equals(cur.scheme().version())) return cur;
        if (version == null) return cur; // one-version deployment: the current scheme is in force at every date
        throw ProcessException.invalid("schemeVersion", "未发布方案版本「" + version + "」（当前版本：" + cur.scheme().version() + "）",
                "no scheme version \"" + version + "\" is published (current: " + cur.scheme().version() + ")");
    }

    /**
     * The engine for a version label or a date as a caller with these roles may have it; by
     * default the same as {@link #select(String, LocalDate)} (published versions only). The server
     * lets staff name a draft.
     */
    default ComplianceEngine select(String version, LocalDate date, java.util.Set<String> callerRoles) {
        return select(version, date);
    }

    /** A lookup that always answers the supplier's current engine. */
    static EngineLookup current(Supplier<ComplianceEngine> supplier) {
        Objects.requireNonNull(supplier);
        return supplier::get;
    }
}
