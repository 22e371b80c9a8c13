package org.ecozoning.ogc.processes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-memory job store: a concurrent map, expired jobs purged on every listing and lookup, and
 * at most {@link #maxFinished()} finished jobs kept (the oldest finished are dropped first, their
 * outputs discarded). Without that bound every synchronous execution kept its outputs in the heap
 * for the whole retention time, and a busy server ran out of memory within a minute.
 */
public final class MemoryJobStore implements JobStore {
    /** Finished jobs kept by default. */
    public static final int DEFAULT_MAX_FINISHED = 1_000;

    private final ConcurrentHashMap<String, Job> jobs = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> finishedOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger finishedCount = new AtomicInteger();
    private final int maxFinished;

    /** A store keeping at most {@link #DEFAULT_MAX_FINISHED} finished jobs. */
    public MemoryJobStore() {
        this(DEFAULT_MAX_FINISHED);
    }

    /** @param maxFinished finished jobs kept at most (at least 1) */
    public MemoryJobStore(int maxFinished) {
        if (maxFinished < 1) throw new IllegalArgumentException("maxFinished must be >= 1, got " + maxFinished);
        this.maxFinished = maxFinished;
    }

    /** @return finished jobs kept at most */
    public int maxFinished() { return maxFinished; }

    @Override
    public void save(Job job) {
        Job old = jobs.put(job.id(), job);
        if (old != null && old.result() != null && old.result() != job.result()) old.result().discard();
        if (job.status().finished() && (old == null || !old.status().finished())) {
            finishedOrder.add(job.id());
            if (finishedCount.incrementAndGet() > maxFinished) evictOldestFinished();
        }
    }

    private void evictOldestFinished() {
        while (finishedCount.get() > maxFinished) {
            String id = finishedOrder.poll();
            if (id == null) return;
            finishedCount.decrementAndGet();
            Job j = jobs.get(id);
            if (j != null && j.status().finished() && jobs.remove(id, j) && j.result() != null) j.result().discard();
        }
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
