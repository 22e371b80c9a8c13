package org.ecozoning.store;

import java.time.LocalDate;

/**
 * Child process of the crash test: opens the store and publishes a version while the test hook
 * makes the publish pause inside its transaction, so the parent can kill it there.
 * Arguments: JDBC URL, version id, expected revision.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) {
        SchemeStore store = SchemeStores.open(args[0]);
        System.out.println("child: store open");
        store.publish(Long.parseLong(args[1]), Long.parseLong(args[2]), LocalDate.of(2025, 2, 1), Attribution.of("crash-child", "crash test"));
        System.out.println("child: publish returned (the test should have killed me before this)");
        store.close();
    }
}
