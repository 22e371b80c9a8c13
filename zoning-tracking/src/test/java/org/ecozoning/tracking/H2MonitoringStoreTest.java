package org.ecozoning.tracking;

import java.util.concurrent.atomic.AtomicInteger;

/** The monitoring store's contract on the embedded H2GIS store. */
class H2MonitoringStoreTest extends MonitoringStoreContract {
    private static final AtomicInteger N = new AtomicInteger();

    @Override
    protected String newDatabaseUrl() {
        return "jdbc:h2:mem:monitoring" + N.incrementAndGet();
    }
}
