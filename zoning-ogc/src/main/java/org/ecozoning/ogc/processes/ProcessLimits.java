package org.ecozoning.ogc.processes;

import java.time.Duration;
import java.util.List;

/**
 * Limits of the processing service: worker threads and queue length, how long a job may wait in
 * the queue and how long it may run (separately), how long finished jobs are kept, the largest
 * request body and batch, the allow-list of reference URL prefixes (empty: refuse all), and where
 * large bodies and results are spooled.
 */
public record ProcessLimits(int workers, int maxQueued, Duration queueTimeout, Duration runTimeout, Duration retention,
                            long maxInputBytes, int maxBatchFeatures, List<String> allowedReferencePrefixes, SpoolArea spool) {
    public static final ProcessLimits DEFAULTS = new ProcessLimits(2, 32, Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(24),
            256L * 1024 * 1024, 200_000, List.of(), SpoolArea.DEFAULTS);

    public ProcessLimits {
        if (workers < 1 || maxQueued < 1) throw new IllegalArgumentException("workers and maxQueued must be positive");
        allowedReferencePrefixes = List.copyOf(allowedReferencePrefixes);
        if (spool == null) spool = SpoolArea.DEFAULTS;
    }

    public ProcessLimits(int workers, int maxQueued, Duration queueTimeout, Duration runTimeout, Duration retention,
                         long maxInputBytes, int maxBatchFeatures, List<String> allowedReferencePrefixes) {
        this(workers, maxQueued, queueTimeout, runTimeout, retention, maxInputBytes, maxBatchFeatures, allowedReferencePrefixes, SpoolArea.DEFAULTS);
    }

    public ReferencePolicy referencePolicy() { return new ReferencePolicy(allowedReferencePrefixes); }

    public ProcessLimits withTimeouts(Duration queue, Duration run) {
        return new ProcessLimits(workers, maxQueued, queue, run, retention, maxInputBytes, maxBatchFeatures, allowedReferencePrefixes, spool);
    }

    public ProcessLimits withBatch(long maxBytes, int maxFeatures) {
        return new ProcessLimits(workers, maxQueued, queueTimeout, runTimeout, retention, maxBytes, maxFeatures, allowedReferencePrefixes, spool);
    }

    /** A copy keeping finished jobs for {@code ttl}. */
    public ProcessLimits withRetention(Duration ttl) {
        return new ProcessLimits(workers, maxQueued, queueTimeout, runTimeout, ttl, maxInputBytes, maxBatchFeatures, allowedReferencePrefixes, spool);
    }

    /** A copy spooling into {@code area}. */
    public ProcessLimits withSpool(SpoolArea area) {
        return new ProcessLimits(workers, maxQueued, queueTimeout, runTimeout, retention, maxInputBytes, maxBatchFeatures, allowedReferencePrefixes, area);
    }

    /** The bilingual "too large" error for a body or input over {@link #maxInputBytes}. */
    public ProcessException tooLarge() {
        long mb = maxInputBytes >> 20;
        String limit = mb > 0 ? mb + " MB" : maxInputBytes + " B";
        return new ProcessException(ProcessException.Kind.TOO_LARGE, "request", "请求体超过上限 " + limit, "the request body exceeds the limit of " + limit);
    }
}
