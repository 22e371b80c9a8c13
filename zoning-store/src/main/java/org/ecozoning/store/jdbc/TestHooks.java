package org.ecozoning.store.jdbc;

/**
 * Test-only fault injection. When the system property {@value #PAUSE_IN_PUBLISH} is set to a
 * number of milliseconds, {@code publish} announces {@value #PAUSED_MARKER} on standard output and
 * sleeps inside its transaction right after superseding the old version, so a crash test can kill
 * the process at the worst moment. Unset in production; costs one property read per publish.
 */
final class TestHooks {
    static final String PAUSE_IN_PUBLISH = "ecozoning.store.test.pauseInPublishMillis";
    static final String PAUSED_MARKER = "ECOZONING-TEST-PAUSED-IN-PUBLISH";

    private TestHooks() {}

    static void pauseInPublish() {
        String v = System.getProperty(PAUSE_IN_PUBLISH);
        if (v == null || v.isBlank()) return;
        System.out.println(PAUSED_MARKER);
        System.out.flush();
        try {
            Thread.sleep(Long.parseLong(v.strip()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
