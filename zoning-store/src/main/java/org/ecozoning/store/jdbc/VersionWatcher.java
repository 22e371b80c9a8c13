package org.ecozoning.store.jdbc;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ecozoning.store.VersionStamp;

/**
 * A daemon thread that re-reads the version stamp after every wake-up of a {@link ChangeSignal}
 * (a NOTIFY or the poll interval) and calls the listener when it differs from the last one seen.
 * Errors reading the stamp (database briefly away) are skipped until the next round.
 */
final class VersionWatcher implements AutoCloseable {
    private final Thread thread;
    private final ChangeSignal signal;
    private volatile boolean closed;

    VersionWatcher(Supplier<VersionStamp> stamp, ChangeSignal signal, long pollMillis, Consumer<VersionStamp> onChange) {
        this.signal = signal;
        VersionStamp first;
        try {
            first = stamp.get();
        } catch (RuntimeException e) {
            first = null;
        }
        VersionStamp initial = first;
        thread = new Thread(() -> {
            VersionStamp last = initial;
            try (signal) {
                while (!closed) {
                    signal.await(pollMillis);
                    if (closed) break;
                    VersionStamp now;
                    try {
                        now = stamp.get();
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (!now.equals(last)) {
                        last = now;
                        onChange.accept(now);
                    }
                }
            } catch (InterruptedException e) {
                // closing
            }
        }, "ecozoning-version-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        signal.close(); // unblocks a LISTEN wait: its socket closes under it
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
