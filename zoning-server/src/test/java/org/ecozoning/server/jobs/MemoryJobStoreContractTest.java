package org.ecozoning.server.jobs;

import java.nio.file.Path;
import org.ecozoning.ogc.processes.JobStore;
import org.ecozoning.ogc.processes.MemoryJobStore;

/** The job store contract on the in-memory store. */
class MemoryJobStoreContractTest extends JobStoreContract {
    @Override
    protected JobStore open(Path spool) { return new MemoryJobStore(); }

    @Override
    protected JobStore reopen(Path spool) { return null; }

    @Override
    protected void closeStore() { store.close(); }
}
