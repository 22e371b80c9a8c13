package org.ecozoning.server.cli;

import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;

/** Resolves a version as users name it on the command line: a number, or {@code current} (the version in force). */
final class VersionRef {

    private VersionRef() {
    }

    static long resolve(SchemeStore store, String ref) {
        String r = ref.trim();
        if (r.equalsIgnoreCase("current") || r.equals("现行")) {
            return store.published().orElseThrow(() -> new UserFacingException("没有已发布的版本 / No version is published")).id();
        }
        long id;
        try {
            id = Long.parseLong(r);
        } catch (NumberFormatException e) {
            throw new UserFacingException("版本应为编号或 current，而不是 " + ref + " / A version is an id or 'current', not " + ref);
        }
        if (store.version(id).isEmpty()) {
            throw new UserFacingException("没有编号为 " + id + " 的版本 / No version with id " + id + "（zoning versions 可列出 / list them with zoning versions）");
        }
        return id;
    }
}
