package org.ecozoning.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The public reference of a saved assessment (报告编号): an unguessable random token, 192 bits from
 * {@link SecureRandom} in URL-safe base64 (32 characters), so that holding it is the right to read
 * that one report (a share link) while nobody can enumerate others.
 */
public final class AssessmentReference {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 22 characters of base64 carry 132 bits: the shortest reference accepted. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22,64}");

    private AssessmentReference() { }

    /** A new random reference. */
    public static String random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether {@code text} has the form of a reference (URL-safe base64, 22..64 characters). */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}
