package org.ecozoning.bench.http;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies and outcome counts of one measured cell (one target at one concurrency, possibly over
 * several interleaved rounds): exact nearest-rank percentiles over every recorded sample, and
 * throughput as completed requests per second of measured wall time. Exists so that the load
 * generator's arithmetic can be unit-tested apart from any timing.
 */
public final class LatencyStats {
    private long[] nanos = new long[1024];
    private int n;
    private long errors;
    private long bytes;
    private long measuredNanos;
    private boolean sorted = true;

    /** Records one successful request. */
    public synchronized void record(long latencyNanos, long responseBytes) {
        if (latencyNanos < 0) throw new IllegalArgumentException("negative latency " + latencyNanos);
        if (n == nanos.length) nanos = Arrays.copyOf(nanos, n * 2);
        nanos[n++] = latencyNanos;
        bytes += responseBytes;
        sorted = false;
    }

    /** Records one failed request (bad status, wrong body, exception); it is not in the latencies. */
    public synchronized void error() {
        errors++;
    }

    /** Adds wall-clock time during which requests were measured (summed over rounds). */
    public synchronized void addMeasuredTime(long wallNanos) {
        measuredNanos += wallNanos;
    }

    /** Adds everything of {@code other} to this. */
    public synchronized void merge(LatencyStats other) {
        synchronized (other) {
            for (int i = 0; i < other.n; i++) record(other.nanos[i], 0);
            bytes += other.bytes;
            errors += other.errors;
            measuredNanos += other.measuredNanos;
        }
    }

    /** @return successful requests */
    public synchronized long count() { return n; }

    /** @return failed requests */
    public synchronized long errors() { return errors; }

    /** @return response bytes of successful requests */
    public synchronized long bytes() { return bytes; }

    /** @return successful requests per second of measured time, 0 when nothing was measured */
    public synchronized double throughput() {
        return measuredNanos == 0 ? 0 : n / (measuredNanos / 1e9);
    }

    /**
     * Nearest-rank percentile: the smallest sample such that at least {@code p} % of samples are
     * less or equal.
     *
     * @param p percentile in (0, 100]
     * @return the latency in milliseconds, NaN without samples
     */
    public synchronized double percentileMillis(double p) {
        if (!(p > 0 && p <= 100)) throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        if (n == 0) return Double.NaN;
        if (!sorted) {
            Arrays.sort(nanos, 0, n);
            sorted = true;
        }
        int rank = (int) Math.ceil(p / 100.0 * n);
        return nanos[Math.max(rank, 1) - 1] / 1e6;
    }

    /** @return mean latency in milliseconds, NaN without samples */
    public synchronized double meanMillis() {
        if (n == 0) return Double.NaN;
        double s = 0;
        for (int i = 0; i < n; i++) s += nanos[i];
        return s / n / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f req/s, p50 %.2f ms, p99 %.2f ms, n %d, errors %d", throughput(),
                percentileMillis(50), percentileMillis(99), count(), errors());
    }
}
