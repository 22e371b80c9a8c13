package org.ecozoning.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.StoreAccess;

/**
 * The accounts, in the scheme store's database (table {@code user_account}, migration V3): add,
 * change password or role, disable, list, and check a password. Every change writes an audit entry
 * in the same transaction. Passwords are hashed by {@link PasswordHasher}; hashes never leave this class.
 */
public final class UserStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final StoreAccess db;
    private final PasswordHasher hasher;

    public UserStore(StoreAccess db, PasswordHasher hasher) {
        this.db = Objects.requireNonNull(db, "db");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** @return the hasher (its cost decides the time of a login) */
    public PasswordHasher hasher() {
        return hasher;
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException (bilingual) for a bad name, a weak password or a name in use
     */
    public UserAccount add(String name, Role role, String password, Attribution by) {
        checkName(name);
        if (role == Role.PUBLIC) throw new IllegalArgumentException("匿名角色不能建账户 / PUBLIC is not an account role");
        String hash = hasher.hash(password);
        if (find(name).isPresent()) throw new IllegalArgumentException("用户「" + name + "」已存在 / user \"" + name + "\" already exists");
        return db.write(c -> {
            OffsetDateTime now = db.now();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO user_account(name, role, password_hash, disabled, created_at, updated_at) VALUES (?,?,?,FALSE,?,?)")) {
                ps.setString(1, name);
                ps.setString(2, role.name());
                ps.setString(3, hash);
                ps.setObject(4, now);
                ps.setObject(5, now);
                ps.executeUpdate();
            }
            db.audit(c, by, AuditAction.USER_ADD, null, "新建用户 / added user " + name + " (" + role + ")");
            return load(c, name).orElseThrow();
        });
    }

    /** Sets a new password. @throws IllegalArgumentException for an unknown user or a weak password */
    public void setPassword(String name, String password, Attribution by) {
        String hash = hasher.hash(password);
        update(name, "password_hash = ?", hash, by, AuditAction.USER_PASSWORD, "修改密码 / changed the password of " + name);
    }

    /** Changes the role. @throws IllegalArgumentException for an unknown user */
    public void setRole(String name, Role role, Attribution by) {
        if (role == Role.PUBLIC) throw new IllegalArgumentException("匿名角色不能建账户 / PUBLIC is not an account role");
        update(name, "role = ?", role.name(), by, AuditAction.USER_ROLE, "角色改为 / role of " + name + " set to " + role);
    }

    /** Disables or enables an account. @throws IllegalArgumentException for an unknown user */
    public void setDisabled(String name, boolean disabled, Attribution by) {
        update(name, "disabled = ?", disabled, by, AuditAction.USER_DISABLE,
                (disabled ? "停用用户 / disabled " : "启用用户 / enabled ") + name);
    }

    private void update(String name, String set, Object value, Attribution by, AuditAction action, String what) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE user_account SET " + set + ", updated_at = ? WHERE name = ?")) {
                ps.setObject(1, value);
                ps.setObject(2, db.now());
                ps.setString(3, name);
                if (ps.executeUpdate() == 0) throw new IllegalArgumentException("没有用户「" + name + "」/ no user \"" + name + "\"");
            }
            db.audit(c, by, action, null, what);
            return null;
        });
    }

    /** @return every account, by name */
    public List<UserAccount> list() {
        return db.read(c -> {
            List<UserAccount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, role, disabled, created_at, updated_at FROM user_account ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        });
    }

    /** @return the account of that name, if any */
    public Optional<UserAccount> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) return Optional.empty();
        return db.read(c -> load(c, name));
    }

    /** @return the number of accounts */
    public long count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM user_account"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Checks a name and password: the account when both match and it is enabled. Costs one hash
     * check whether or not the user exists.
     */
    public Optional<UserAccount> verify(String name, String password) {
        record Stored(UserAccount account, String hash) { }
        Optional<Stored> s = name == null || !NAME.matcher(name).matches() ? Optional.empty() : db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, role, disabled, created_at, updated_at, password_hash FROM user_account WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(row(rs), rs.getString(7))) : Optional.<Stored>empty();
                }
            }
        });
        if (s.isEmpty()) {
            hasher.burn(password);
            return Optional.empty();
        }
        boolean ok = hasher.matches(password, s.get().hash());
        return ok && !s.get().account().disabled() ? Optional.of(s.get().account()) : Optional.empty();
    }

    private static Optional<UserAccount> load(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, role, disabled, created_at, updated_at FROM user_account WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static UserAccount row(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4),
                rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class));
    }

    /** @throws IllegalArgumentException (bilingual) unless the name is 1–64 of letters, digits, . _ @ - */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("用户名应为 1–64 个字母、数字或 . _ @ - / a user name is 1–64 letters, digits or . _ @ -: " + name);
        }
    }
}
