package org.ecozoning.ogc.common;

import java.util.Objects;

/**
 * The hook through which a service finds the published layers of the scheme version in force at
 * a time: OGC API – Features passes its {@code datetime} parameter here. The server shell
 * implements it over the stored scheme versions; {@link #single} serves one catalog whatever the
 * time (a deployment with one version). Protocol handlers never interpret versions themselves.
 */
public interface VersionSelector {
    /** The layers of the current version (collection lists, metadata, requests without a time). */
    LayerCatalog current();

    /**
     * The layers of the version in force during {@code when}.
     *
     * @param when the instant or interval asked for, never null
     * @return the catalog, or null when no version was in force then (the handler answers no features)
     */
    LayerCatalog select(DateTimeInterval when);

    /** The time span the versions cover, for the collections' temporal extent; null when unknown. */
    default DateTimeInterval temporalExtent() { return null; }

    /** One catalog for every time, with no temporal extent. */
    static VersionSelector single(LayerCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new VersionSelector() {
            @Override public LayerCatalog current() { return catalog; }

            @Override public LayerCatalog select(DateTimeInterval when) { return catalog; }
        };
    }
}
