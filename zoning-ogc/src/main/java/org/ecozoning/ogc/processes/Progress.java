package org.ecozoning.ogc.processes;

/**
 * How a running process reports progress and learns it must stop: the job service records
 * percent and message in the job store (WPS ProcessStarted percentCompleted, OGC API progress).
 */
public interface Progress {
    /** Records progress (0–100) with a bilingual message. */
    void update(int percent, String message);

    /** Throws when the job was dismissed or ran out of time; processes call it in their loops. */
    void check();

    /** A progress sink that records nothing and never stops (tests, tools). */
    Progress NONE = new Progress() {
        @Override public void update(int percent, String message) { }

        @Override public void check() { }
    };
}
