package org.ecozoning.bench.http;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code concurrency} platform threads each send a request, wait for the answer,
 * and send the next, cycling through one shared request list from its start (so every target sees
 * the same requests in the same order). A warm-up phase is not recorded; in the measured phase
 * requests that complete inside the window are recorded, and the window length is the measured
 * time.
 */
public final class LoadRunner {
    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorSampleCount = new AtomicInteger();

    /**
     * Runs one cell and adds it to {@code into}.
     *
     * @param target       what to call
     * @param requests     the requests, cycled
     * @param concurrency  callers at once
     * @param warmUpMillis warm-up length (not recorded)
     * @param measureMillis measured window
     * @param into         where results go (merged over rounds)
     */
    public void run(Target target, List<RequestLine> requests, int concurrency, long warmUpMillis, long measureMillis, LatencyStats into)
            throws InterruptedException {
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be >= 1");
        if (requests.isEmpty()) throw new IllegalArgumentException("no requests");
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long measureStart = start + warmUpMillis * 1_000_000L;
        long measureEnd = measureStart + measureMillis * 1_000_000L;
        LatencyStats cell = new LatencyStats();
        Thread[] threads = new Thread[concurrency];
        for (int i = 0; i < concurrency; i++) {
            threads[i] = Thread.ofPlatform().name("load-" + target.name() + "-" + i).start(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= measureEnd) return;
                    RequestLine r = requests.get((int) (next.getAndIncrement() % requests.size()));
                    long size;
                    try {
                        size = target.call(r);
                    } catch (Exception e) {
                        long t1 = System.nanoTime();
                        if (t1 >= measureStart && t1 <= measureEnd) {
                            cell.error();
                        }
                        noteError(target.name() + ": " + e);
                        continue;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureStart && t1 <= measureEnd) {
                        cell.record(t1 - t0, size);
                    } else if (t0 < measureStart && t1 >= measureStart && t1 <= measureEnd) {
                        cell.record(t1 - t0, size); // completes inside the window: counts, latency included
                    }
                }
            });
        }
        for (Thread t : threads) t.join();
        cell.addMeasuredTime(measureEnd - measureStart);
        into.merge(cell);
    }

    private void noteError(String message) {
        if (errorSampleCount.incrementAndGet() <= 5) {
            String m = message.replaceAll("\\s+", " ");
            errorSamples.add(m.length() > 240 ? m.substring(0, 240) + "…" : m);
        }
    }

    /** @return the first few error messages seen (for the log) */
    public List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }
}
