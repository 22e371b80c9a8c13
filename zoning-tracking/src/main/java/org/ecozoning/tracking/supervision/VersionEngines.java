package org.ecozoning.tracking.supervision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.StoredScheme;

/**
 * One compliance engine per stored version, built on first use, and the version in force per
 * date, asked once per distinct date: a supervision run over many changes loads each version
 * once. Not thread-safe (one per run).
 */
public final class VersionEngines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemeStore store;
    private final IndustryCatalog catalog;
    private final SupervisionOptions options;
    private final Map<LocalDate, Optional<SchemeVersion>> inForce = new HashMap<>();
    private final Map<Long, ComplianceEngine> engines = new HashMap<>();

    public VersionEngines(SchemeStore store, IndustryCatalog catalog, SupervisionOptions options) {
        this.store = store;
        this.catalog = catalog;
        this.options = options;
    }

    /** The version in force on {@code date}. */
    public Optional<SchemeVersion> versionOn(LocalDate date) {
        return inForce.computeIfAbsent(date, store::inForceOn);
    }

    /** The engine of a version. */
    public ComplianceEngine engine(long versionId) {
        return engines.computeIfAbsent(versionId, this::build);
    }

    /** How many engines were built. */
    public int built() { return engines.size(); }

    private ComplianceEngine build(long versionId) {
        StoredScheme s = store.scheme(versionId);
        RuleSet rules;
        if (s.rulesJson().isPresent()) {
            try {
                rules = new RuleSetLoader(catalog).parse(JSON.readTree(s.rulesJson().get()));
            } catch (IOException e) {
                throw new IllegalStateException("版本 " + versionId + " 的规则无法解析 / rules of version " + versionId + " cannot be parsed", e);
            }
        } else if (options.fallbackRules() != null) {
            rules = options.fallbackRules();
        } else {
            throw new IllegalStateException("版本 " + versionId + " 没有规则文档 / version " + versionId + " has no rules document");
        }
        Scheme scheme = Scheme.builder(s.version().name(), rules).units(s.content().units()).zones(s.content().zones())
                .clauses(s.content().clauses()).counties(options.counties()).build();
        return new ComplianceEngine(scheme, catalog);
    }
}
