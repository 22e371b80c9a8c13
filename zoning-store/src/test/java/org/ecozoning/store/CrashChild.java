package org.ecozoning.store;

import java.time.LocalDate;

/**
 * Child process of the crash tests. Arguments: mode, JDBC URL, version id, expected revision.
 * Mode {@code publish}: publishes the version while the test hook makes the publish pause inside
 * its transaction, so the parent can kill it there. Mode {@code commit}: commits an edit of the
 * draft, says {@value #COMMITTED}, and waits to be killed.
 */
public final class CrashChild {
    static final String COMMITTED = "ECOZONING-TEST-COMMITTED";

    private CrashChild() {}

    public static void main(String[] args) throws InterruptedException {
        SchemeStore store = SchemeStores.open(args[1]);
        long id = Long.parseLong(args[2]);
        long revision = Long.parseLong(args[3]);
        Attribution by = Attribution.of("crash-child", "crash test");
        System.out.println("child: store open");
        if (args[0].equals("publish")) {
            store.publish(id, revision, LocalDate.of(2025, 2, 1), by);
            System.out.println("child: publish returned (the test should have killed me before this)");
        } else {
            store.putRules(id, revision, "{\"committed\":true}", by);
            System.out.println(COMMITTED);
            System.out.flush();
            Thread.sleep(120_000);
        }
        store.close();
    }
}
