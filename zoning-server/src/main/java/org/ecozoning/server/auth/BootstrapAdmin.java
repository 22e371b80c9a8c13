package org.ecozoning.server.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.ecozoning.store.Attribution;

/**
 * The first administrator: when the store has no account, creates {@code admin} with the password
 * of {@code ECOZONING_ADMIN_PASSWORD}, or a generated one that is returned once so that the caller
 * prints it (it is stored only as a hash).
 */
public final class BootstrapAdmin {
    /** Environment variable holding the first administrator's password. */
    public static final String ENV = "ECOZONING_ADMIN_PASSWORD";
    /** Name of the first administrator. */
    public static final String NAME = "admin";

    private BootstrapAdmin() {
    }

    /**
     * @param users       the account store
     * @param envPassword the value of {@link #ENV}, or null
     * @return the generated password to print once; empty when accounts existed or the password came from the environment
     */
    public static Optional<String> ensure(UserStore users, String envPassword) {
        if (users.count() > 0) return Optional.empty();
        boolean generated = envPassword == null || envPassword.isBlank();
        String password = generated ? generate() : envPassword;
        users.add(NAME, Role.ADMIN, password, Attribution.of("system", "首次启动创建管理员 / first administrator at first start"));
        return generated ? Optional.of(password) : Optional.empty();
    }

    static String generate() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
