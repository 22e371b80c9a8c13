package org.ecozoning.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2GIS store, one database file per test in a temporary folder. */
class H2gisSchemeStoreTest extends SchemeStoreContract {
    private static final AtomicInteger N = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    protected String newDatabaseUrl() {
        return SchemeStores.defaultUrl(dir.resolve("ws" + N.incrementAndGet()));
    }

    @Override
    protected boolean sharedAccess() { return false; }
}
