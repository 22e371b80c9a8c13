package org.ecozoning.server.scheme;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ecozoning.server.HealthContributor;
import org.ecozoning.store.SchemeVersion;

/**
 * The {@code scheme} section of {@code /health}: which version is in force (id, name, effective
 * date, counts) and which store serves it, so an operator sees at once what the server answers with.
 */
public final class SchemeHealth implements HealthContributor {

    private final SchemeService service;

    /** @param service the scheme service */
    public SchemeHealth(SchemeService service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "scheme";
    }

    @Override
    public Object details() {
        LoadedScheme l = service.loaded();
        SchemeVersion v = l.version();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versionId", v.id());
        m.put("name", v.name());
        m.put("kind", v.kind().name());
        m.put("effectiveDate", v.effectiveDate() == null ? null : v.effectiveDate().toString());
        m.put("publishedAt", v.publishedAt() == null ? null : v.publishedAt().toString());
        m.put("units", l.scheme().units().size());
        m.put("zones", l.scheme().zones().size());
        m.put("clauses", l.scheme().clauses().size());
        m.put("rules", l.scheme().rules().rules().size());
        m.put("store", service.store().storeKind());
        m.put("currentStamp", service.store().currentVersionStamp().versionId());
        return m;
    }
}
