package org.ecozoning.server.jobs;

import java.nio.file.Path;
import org.ecozoning.ogc.processes.JobStore;
import org.ecozoning.ogc.wps.JobRequests;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.junit.jupiter.api.io.TempDir;

/** The job store contract on the embedded H2GIS store (a file database, re-opened for the restart case). */
class H2JobStoreTest extends JobStoreContract {
    @TempDir Path db;
    private SchemeStore scheme;

    @Override
    protected JobStore open(Path spool) {
        scheme = SchemeStores.open("jdbc:h2:file:" + db.resolve("ecozoning"));
        return new DatabaseJobStore(SchemeStores.access(scheme), JobRequests.codec(), spool);
    }

    @Override
    protected JobStore reopen(Path spool) {
        scheme.close();
        return open(spool);
    }

    @Override
    protected void closeStore() {
        if (scheme != null) scheme.close();
    }
}
