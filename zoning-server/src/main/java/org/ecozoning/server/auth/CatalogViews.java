package org.ecozoning.server.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.ecozoning.ogc.common.DateTimeInterval;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.VersionSelector;

/**
 * The public view of a {@link LayerCatalog}: the same layers minus those the {@link AccessPolicy}
 * keeps for staff. Services built over the view (WFS, WMS, OGC API) list and serve only what an
 * anonymous caller may see, by construction; the view of one catalog is built once and kept while
 * the catalog lives (so handlers cached per catalog identity stay cached).
 */
public final class CatalogViews {
    private final AccessPolicy policy;
    private final Map<LayerCatalog, LayerCatalog> views = new WeakHashMap<>();

    public CatalogViews(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public AccessPolicy policy() {
        return policy;
    }

    /** @return the layers of {@code full} an anonymous or enterprise caller may see */
    public synchronized LayerCatalog publicView(LayerCatalog full) {
        if (full == null) return null;
        return views.computeIfAbsent(full, f -> new LayerCatalog(
                f.layers().stream().filter(l -> policy.visible(l.name(), Set.of())).toList()));
    }

    /** @return the view of {@code full} for a caller with these roles */
    public LayerCatalog view(LayerCatalog full, Set<String> roles) {
        return policy.seesAll(roles) ? full : publicView(full);
    }

    /** @return whether {@code name} resolves to a layer of {@code full} the caller may not see */
    public boolean hidden(LayerCatalog full, String name, Set<String> roles) {
        LayerInfo l = full.get(name);
        return l != null && !policy.visible(l.name(), roles);
    }

    /** A version selector answering public views of {@code base}'s catalogs. */
    public VersionSelector publicSelector(VersionSelector base) {
        return new VersionSelector() {
            @Override public LayerCatalog current() { return publicView(base.current()); }

            @Override public LayerCatalog select(DateTimeInterval when) { return publicView(base.select(when)); }

            @Override public DateTimeInterval temporalExtent() { return base.temporalExtent(); }
        };
    }
}
