package org.ecozoning.ogc.processes;

import java.time.Duration;
import java.util.List;

/**
 * Limits of the processing service: worker threads and queue length, how long a job may wait in
 * the queue and how long it may run (separately), how long finished jobs are kept, the largest
 * request body and batch, and the allow-list of reference URL prefixes (empty: refuse all).
 */
public record ProcessLimits(int workers, int maxQueued, Duration queueTimeout, Duration runTimeout, Duration retention,
                            long maxInputBytes, int maxBatchFeatures, List<String> allowedReferencePrefixes) {
    public static final ProcessLimits DEFAULTS = new ProcessLimits(2, 32, Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(24),
            256L * 1024 * 1024, 200_000, List.of());

    public ProcessLimits {
        if (workers < 1 || maxQueued < 1) throw new IllegalArgumentException("workers and maxQueued must be positive");
        allowedReferencePrefixes = List.copyOf(allowedReferencePrefixes);
    }

    public ReferencePolicy referencePolicy() { return new ReferencePolicy(allowedReferencePrefixes); }

    public ProcessLimits withTimeouts(Duration queue, Duration run) {
        return new ProcessLimits(workers, maxQueued, queue, run, retention, maxInputBytes, maxBatchFeatures, allowedReferencePrefixes);
    }

    public ProcessLimits withBatch(long maxBytes, int maxFeatures) {
        return new ProcessLimits(workers, maxQueued, queueTimeout, runTimeout, retention, maxBytes, maxFeatures, allowedReferencePrefixes);
    }
}
