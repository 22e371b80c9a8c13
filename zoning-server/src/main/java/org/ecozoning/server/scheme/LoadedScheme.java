package org.ecozoning.server.scheme;

import java.util.Objects;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.store.SchemeVersion;

/**
 * One stored scheme version made ready to serve: the domain snapshot, its compliance engine and
 * the published layers. Immutable; swapped as a whole when another version comes into force, so a
 * request that picked one up keeps a consistent view until it ends.
 *
 * @param version the stored version (id, name, dates)
 * @param scheme  the indexed scheme
 * @param engine  the compliance engine over {@code scheme}
 * @param catalog the layers published for the version
 */
public record LoadedScheme(SchemeVersion version, Scheme scheme, ComplianceEngine engine, LayerCatalog catalog) {

    /** Checks that nothing is missing. */
    public LoadedScheme {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(catalog, "catalog");
    }
}
