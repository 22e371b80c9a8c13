package org.ecozoning.store;

/**
 * Who makes a change and why; every change written to the store carries one and it is copied to
 * the audit log. {@code why} may be null for routine operations but {@code who} never is.
 */
public record Attribution(String who, String why) {
    public Attribution {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("必须说明操作人 / the actor (who) must be given");
        }
        who = who.strip();
        if (who.length() > 200) throw new IllegalArgumentException("操作人名称过长 / actor name longer than 200 characters");
        if (why != null && why.length() > 4000) throw new IllegalArgumentException("原因过长 / reason longer than 4000 characters");
    }

    public static Attribution of(String who, String why) { return new Attribution(who, why); }
}
