package org.ecozoning.server.auth;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The roles of the server, in increasing rights: each role holds the rights of those before it.
 * {@link #PUBLIC} is the anonymous caller and is never stored; accounts are ENTERPRISE, STAFF or ADMIN.
 */
public enum Role {
    /** Anonymous: published public layers and the compliance tool (rate-limited). */
    PUBLIC,
    /** An enterprise account: its saved projects and past reports. */
    ENTERPRISE,
    /** Staff: internal layers, drafts, any version, all saved assessments. */
    STAFF,
    /** Administrators: import, file, publish, users. */
    ADMIN;

    /** Whether this role holds the rights of {@code other}. */
    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** The role names handed to handlers ({@code OgcRequest.roles()}): this role and every lower account role. */
    public Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (Role r : EnumSet.range(ENTERPRISE, ADMIN)) {
            if (atLeast(r)) out.add(r.name());
        }
        return out;
    }

    /** The highest role among names as handlers see them ({@link #PUBLIC} for none). */
    public static Role highest(Set<String> names) {
        Role best = PUBLIC;
        for (Role r : values()) {
            if (names.contains(r.name())) best = r;
        }
        return best;
    }

    /**
     * @param text a role name, any case
     * @return the account role
     * @throws IllegalArgumentException (bilingual) for an unknown name or PUBLIC
     */
    public static Role ofAccount(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Role r : EnumSet.range(ENTERPRISE, ADMIN)) {
            if (r.name().equals(t)) return r;
        }
        throw new IllegalArgumentException("未知角色「" + text + "」，应为 ENTERPRISE、STAFF 或 ADMIN / unknown role \""
                + text + "\", expected ENTERPRISE, STAFF or ADMIN");
    }
}
