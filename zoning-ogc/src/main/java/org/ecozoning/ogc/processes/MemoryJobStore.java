package org.ecozoning.ogc.processes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory job store: a concurrent map, expired jobs purged on every listing and lookup. */
public final class MemoryJobStore implements JobStore {
    private final ConcurrentHashMap<String, Job> jobs = new ConcurrentHashMap<>();

    @Override
    public void save(Job job) {
        Job old = jobs.put(job.id(), job);
        if (old != null && old.result() != null && old.result() != job.result()) old.result().discard();
    }

    @Override
    public Optional<Job> find(String id) { return Optional.ofNullable(jobs.get(id)); }

    @Override
    public List<Job> list(int limit) {
        return jobs.values().stream().sorted(Comparator.comparing(Job::created).reversed()).limit(limit).toList();
    }

    @Override
    public boolean delete(String id) {
        Job j = jobs.remove(id);
        if (j != null && j.result() != null) j.result().discard();
        return j != null;
    }

    @Override
    public int purgeExpired(Instant now) {
        int n = 0;
        for (Job j : List.copyOf(jobs.values())) {
            if (j.expires() != null && j.expires().isBefore(now) && jobs.remove(j.id(), j)) {
                if (j.result() != null) j.result().discard();
                n++;
            }
        }
        return n;
    }

    /** Forgets every job and deletes its result files (the jobs die with the server). */
    @Override
    public void close() {
        for (Job j : List.copyOf(jobs.values())) delete(j.id());
    }
}
