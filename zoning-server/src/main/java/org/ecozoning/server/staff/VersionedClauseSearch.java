package org.ecozoning.server.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;
import org.ecozoning.server.assist.SuggesterHolder;
import org.ecozoning.server.auth.Role;
import org.ecozoning.server.portal.api.PortalApi;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.store.SchemeVersion;

/**
 * Adds a {@code version} parameter (a store version id) to the portal's clause search
 * ({@code GET /api/clauses/search}): the version in force is open to everyone as before; any other
 * version — superseded, filed or draft — only to STAFF, others get 403. Staff searches run through
 * the portal API itself over that version's scheme, so answers keep one shape. Every other request
 * passes to the wrapped portal API untouched.
 */
public final class VersionedClauseSearch implements OgcHandler {
    private record Key(long id, long revision) { }

    private final OgcHandler portal;
    private final SchemeService scheme;
    private final IndustryCatalog catalog;
    private final SuggesterHolder suggester;
    private final Map<Key, PortalApi> byVersion = new LinkedHashMap<>(4, 0.75f, true);

    /**
     * @param portal    the portal API (over the version in force)
     * @param scheme    the store and version in force
     * @param catalog   the industry catalog
     * @param suggester the shared suggester
     */
    public VersionedClauseSearch(OgcHandler portal, SchemeService scheme, IndustryCatalog catalog, SuggesterHolder suggester) {
        this.portal = Objects.requireNonNull(portal);
        this.scheme = Objects.requireNonNull(scheme);
        this.catalog = Objects.requireNonNull(catalog);
        this.suggester = Objects.requireNonNull(suggester);
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        String version = r.param("version");
        if (!r.path().equals("/clauses/search") || version == null || version.isBlank()) {
            return portal.handle(r);
        }
        String instance = "/api" + r.path();
        try {
            long id = StaffApi.id("version", version);
            if (id == scheme.loaded().version().id()) return portal.handle(r);
            if (!Role.highest(r.roles()).atLeast(Role.STAFF)) {
                throw new ProblemException(403, "forbidden", "无权访问 / Forbidden",
                        "只有工作人员可检索现行版本以外的版本 / only staff may search versions other than the one in force");
            }
            SchemeVersion v = scheme.store().version(id)
                    .orElseThrow(() -> ProblemException.notFound("没有版本 " + id, "no version " + id));
            return api(v).handle(r);
        } catch (ProblemException e) {
            return ProblemResponse.of(e, instance);
        } catch (org.ecozoning.model.ZoningException e) {
            return ProblemResponse.of(new ProblemException(409, "version-not-loadable", "版本数据无法加载 / Version cannot be loaded",
                    e.messageZh() + " / " + e.messageEn()), instance);
        }
    }

    private synchronized PortalApi api(SchemeVersion v) {
        Key k = new Key(v.id(), v.revision());
        PortalApi api = byVersion.get(k);
        if (api == null) {
            byVersion.keySet().removeIf(x -> x.id() == v.id());
            if (byVersion.size() >= 4) byVersion.remove(byVersion.keySet().iterator().next());
            var loaded = scheme.loader().load(scheme.store(), v.id()).scheme();
            api = new PortalApi(() -> loaded, catalog, suggester);
            byVersion.put(k, api);
        }
        return api;
    }
}
