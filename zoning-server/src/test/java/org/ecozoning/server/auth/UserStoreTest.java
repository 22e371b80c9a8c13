package org.ecozoning.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.AuditEntry;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserStoreTest {
    SchemeStore store;
    UserStore users;
    final Attribution by = Attribution.of("tester", "test");

    @BeforeEach
    void open() {
        store = SchemeStores.open("jdbc:h2:mem:u" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        users = new UserStore(SchemeStores.access(store), new PasswordHasher(4));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void passwordsAreHashedAndVerified() {
        users.add("li.ming", Role.STAFF, "correct horse", by);
        assertThat(users.verify("li.ming", "correct horse")).map(UserAccount::role).contains(Role.STAFF);
        assertThat(users.verify("li.ming", "wrong horse!")).isEmpty();
        assertThat(users.verify("nobody", "correct horse")).isEmpty();
        String stored = SchemeStores.access(store).read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT password_hash FROM user_account")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(stored).startsWith("$2a$04$").doesNotContain("correct horse");
    }

    @Test
    void changesAreAuditedAndTakeEffect() {
        users.add("ent1", Role.ENTERPRISE, "password1", by);
        users.setPassword("ent1", "password2", by);
        users.setRole("ent1", Role.STAFF, by);
        users.setDisabled("ent1", true, by);
        assertThat(users.verify("ent1", "password1")).isEmpty();
        assertThat(users.verify("ent1", "password2")).isEmpty(); // disabled
        users.setDisabled("ent1", false, by);
        assertThat(users.verify("ent1", "password2")).map(UserAccount::role).contains(Role.STAFF);
        assertThat(store.audit(null)).extracting(AuditEntry::action).containsSubsequence(
                AuditAction.USER_ADD, AuditAction.USER_PASSWORD, AuditAction.USER_ROLE, AuditAction.USER_DISABLE);
        assertThat(store.audit(null)).allMatch(e -> e.actor().equals("tester"));
    }

    @Test
    void badInputIsRefusedClearly() {
        assertThatThrownBy(() -> users.add("x", Role.STAFF, "short", by)).hasMessageContaining("密码长度");
        assertThatThrownBy(() -> users.add("bad name", Role.STAFF, "long enough", by)).hasMessageContaining("用户名");
        assertThatThrownBy(() -> users.add("p", Role.PUBLIC, "long enough", by)).hasMessageContaining("PUBLIC");
        assertThatThrownBy(() -> users.add("y", Role.STAFF, "a".repeat(73), by)).hasMessageContaining("72");
        users.add("dup", Role.STAFF, "long enough", by);
        assertThatThrownBy(() -> users.add("dup", Role.ADMIN, "long enough", by)).hasMessageContaining("已存在");
        assertThatThrownBy(() -> users.setPassword("ghost", "long enough", by)).hasMessageContaining("ghost");
        assertThatThrownBy(() -> Role.ofAccount("root")).hasMessageContaining("未知角色");
    }

    @Test
    void bootstrapAdminOnlyOnAnEmptyStore() {
        var generated = BootstrapAdmin.ensure(users, null);
        assertThat(generated).isPresent();
        assertThat(users.verify("admin", generated.get())).map(UserAccount::role).contains(Role.ADMIN);
        assertThat(BootstrapAdmin.ensure(users, "another password")).isEmpty();
        assertThat(users.list()).hasSize(1);
    }

    @Test
    void bootstrapAdminTakesThePasswordFromTheEnvironment() {
        assertThat(BootstrapAdmin.ensure(users, "from-the-env")).isEmpty();
        assertThat(users.verify("admin", "from-the-env")).isPresent();
    }
}
