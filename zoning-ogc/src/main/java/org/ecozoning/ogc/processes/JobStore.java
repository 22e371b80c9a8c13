package org.ecozoning.ogc.processes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where job status and results live between requests: in memory ({@link MemoryJobStore}) or, later,
 * in the database (zoning-server's DatabaseJobStore). Implementations must be thread-safe; {@link #purgeExpired} removes jobs whose
 * {@code expires} has passed and discards their result files.
 */
public interface JobStore {
    void save(Job job);

    Optional<Job> find(String id);

    /** Jobs, newest first, at most {@code limit}. */
    List<Job> list(int limit);

    /** Removes a job and discards its outputs; false when unknown. */
    boolean delete(String id);

    /** Removes expired jobs; returns how many. */
    int purgeExpired(Instant now);

    /**
     * Called when the server stops: a store that forgets its jobs (memory) discards their result
     * files now; a persistent store keeps them for the next start.
     */
    default void close() { }
}
