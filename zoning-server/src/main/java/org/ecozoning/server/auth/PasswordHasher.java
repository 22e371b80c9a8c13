package org.ecozoning.server.auth;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Hashes and checks passwords with BCrypt (Spring Security Crypto): adaptive (the cost doubles the
 * work per step), salted, the cost stored in the hash so it can be raised later. See
 * docs/SECURITY.md for why BCrypt rather than Argon2. Passwords must be 8 to 72 UTF-8 bytes
 * (BCrypt reads at most 72 bytes; longer ones are refused rather than silently truncated).
 */
public final class PasswordHasher {
    /** Cost used by the server (2^12 rounds, about 0.2–0.3 s on one core). */
    public static final int DEFAULT_COST = 12;
    /** Smallest password length in bytes. */
    public static final int MIN_BYTES = 8;
    /** Largest password length in bytes (BCrypt's limit). */
    public static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    /** @param cost BCrypt log2 rounds (4..31); tests use 4 */
    public PasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
        this.dummyHash = encoder.encode("ecozoning-dummy-password");
    }

    /** @return a new salted hash of {@code password} after {@link #check(String)} */
    public String hash(String password) {
        check(password);
        return encoder.encode(password);
    }

    /** Whether {@code password} matches {@code hash}; false for any malformed input. */
    public boolean matches(String password, String hash) {
        if (password == null || hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) return false;
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one check when there is no such user, so that timing does not reveal names. */
    public void burn(String password) {
        matches(password == null ? "" : password, dummyHash);
    }

    /**
     * @throws IllegalArgumentException (bilingual) when the password is too short or too long
     */
    public static void check(String password) {
        int n = password == null ? 0 : password.getBytes(StandardCharsets.UTF_8).length;
        if (n < MIN_BYTES || n > MAX_BYTES) {
            throw new IllegalArgumentException("密码长度应为 " + MIN_BYTES + " 到 " + MAX_BYTES + " 字节 / a password must be "
                    + MIN_BYTES + " to " + MAX_BYTES + " bytes long");
        }
    }
}
