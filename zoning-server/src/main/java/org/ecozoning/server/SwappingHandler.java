package org.ecozoning.server;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;

/**
 * A handler over the layers in force: asks for the current {@link LayerCatalog} per request and
 * uses the handler built for that catalog (rebuilt only when the catalog changes). Serves
 * protocol handlers that take a fixed catalog (WFS, WMS) while the scheme version can switch at
 * run time; a request in flight keeps the handler it started with.
 */
public final class SwappingHandler implements OgcHandler {

    private record Built(LayerCatalog catalog, OgcHandler handler) { }

    private final Supplier<LayerCatalog> catalog;
    private final Function<LayerCatalog, OgcHandler> factory;
    private volatile Built built;

    /**
     * @param catalog the layers in force, asked per request
     * @param factory builds the protocol handler for one catalog
     */
    public SwappingHandler(Supplier<LayerCatalog> catalog, Function<LayerCatalog, OgcHandler> factory) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** @return the handler for the layers in force now */
    public OgcHandler current() {
        LayerCatalog now = catalog.get();
        Built b = built;
        if (b == null || b.catalog() != now) {
            b = new Built(now, factory.apply(now));
            built = b;
        }
        return b.handler();
    }

    @Override
    public OgcResponse handle(OgcRequest request) {
        return current().handle(request);
    }
}
