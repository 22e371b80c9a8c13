package org.ecozoning.store.jdbc;

/**
 * Waits until the published version may have changed or a time passed, whichever is first. A plain
 * sleep on H2; LISTEN/NOTIFY on PostgreSQL. A spurious wake-up is harmless: the watcher re-reads
 * the version stamp.
 */
public interface ChangeSignal extends AutoCloseable {
    /** Waits at most {@code millis}; returns early when a change was signalled. */
    void await(long millis) throws InterruptedException;

    @Override
    void close();
}
