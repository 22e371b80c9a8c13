package org.ecozoning.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.server.TestWorkspace;
import org.ecozoning.server.auth.PasswordHasher;
import org.ecozoning.server.auth.Role;
import org.ecozoning.server.auth.UserAccount;
import org.ecozoning.server.auth.UserStore;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UsersCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) { }

    Run cli(String stdin, Path ws, String store, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine c = ZoningCli.commandLine();
        c.setOut(new PrintWriter(out, true));
        c.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", ws.toString(), "--store", store));
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(c.execute(all.toArray(String[]::new)), out.toString(), err.toString());
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void addPasswdListThroughTheCommandLine() {
        Path ws = TestWorkspace.copyInto(dir.resolve("ws"));
        // a file store: each command opens and closes it, as on a real installation
        String store = "jdbc:h2:file:" + dir.resolve("db").resolve("store").toAbsolutePath();
        Run add = cli("first-password\n", ws, store, "users", "add", "wang.fang", "--role", "staff", "--by", "tester");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("wang.fang");
        Run passwd = cli("second-password\n", ws, store, "users", "passwd", "wang.fang");
        assertThat(passwd.code()).as(passwd.err()).isZero();
        Run list = cli("", ws, store, "users", "list");
        assertThat(list.out()).contains("wang.fang").contains("STAFF");
        Run bad = cli("long-enough\n", ws, store, "users", "add", "x", "--role", "root");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("未知角色").doesNotContain("Exception");
        Run weak = cli("short\n", ws, store, "users", "add", "y", "--role", "ADMIN");
        assertThat(weak.code()).isNotZero();
        assertThat(weak.err()).contains("密码长度");
        try (SchemeStore s = SchemeStores.open(store)) {
            UserStore users = new UserStore(SchemeStores.access(s), new PasswordHasher(4));
            assertThat(users.verify("wang.fang", "second-password")).map(UserAccount::role).contains(Role.STAFF);
            assertThat(users.verify("wang.fang", "first-password")).isEmpty();
            assertThat(s.audit(null)).anyMatch(e -> e.actor().equals("tester") && e.what().contains("wang.fang"));
        }
    }
}
