package org.ecozoning.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.auth.PasswordHasher;
import org.ecozoning.server.auth.Role;
import org.ecozoning.server.auth.UserAccount;
import org.ecozoning.server.auth.UserStore;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zoning users add NAME --role ROLE | passwd NAME | list}: the server's accounts in the
 * scheme store. Passwords are read from the terminal (asked twice), from the environment variable
 * named by {@code --password-env}, or as one line on standard input; never from the command line.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"管理用户账户 / Manage user accounts"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n",
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.ListUsers.class})
public final class UsersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Options shared by the subcommands that set a password. */
    static final class PasswordSource {
        @Option(names = "--password-env", paramLabel = "VAR",
                description = "从环境变量读取密码 / Read the password from this environment variable")
        String env;

        String read() {
            if (env != null) {
                String v = System.getenv(env);
                if (v == null) throw new UserFacingException("环境变量 " + env + " 未设置 / environment variable " + env + " is not set");
                return v;
            }
            Console c = System.console();
            if (c != null) {
                String a = new String(c.readPassword("密码 / Password: "));
                String b = new String(c.readPassword("再次输入 / Again: "));
                if (!a.equals(b)) throw new UserFacingException("两次输入的密码不一致 / the passwords differ");
                return a;
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) throw new UserFacingException("未读到密码 / no password on standard input");
                return line;
            } catch (IOException e) {
                throw new UserFacingException("无法读取密码 / cannot read the password: " + e.getMessage(), e);
            }
        }
    }

    static UserStore users(SchemeStore s) {
        return new UserStore(SchemeStores.access(s), new PasswordHasher(
                Integer.getInteger("ecozoning.bcrypt.cost", PasswordHasher.DEFAULT_COST)));
    }

    static <T> T userFacing(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    /** {@code zoning users add NAME --role ROLE}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = {"新建账户 / Add an account"})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Mixin
        PasswordSource password;
        @Parameters(index = "0", paramLabel = "NAME", description = "用户名 / User name")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "ENTERPRISE, STAFF, ADMIN")
        String role;
        @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}", description = "操作人 / Who")
        String by;

        @Override
        public Integer call() {
            Role r = userFacing(() -> Role.ofAccount(role));
            userFacing(() -> { UserStore.checkName(name); return null; });
            String pw = password.read();
            try (SchemeStore s = store.open()) {
                UserAccount a = userFacing(() -> users(s).add(name, r, pw, Attribution.of(by, "命令行 / command line")));
                spec.commandLine().getOut().println("已新建用户 " + a.name() + "（" + a.role() + "）/ added user " + a.name());
            }
            return 0;
        }
    }

    /** {@code zoning users passwd NAME}. */
    @Command(name = "passwd", mixinStandardHelpOptions = true, description = {"修改密码 / Change a password"})
    static final class Passwd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Mixin
        PasswordSource password;
        @Parameters(index = "0", paramLabel = "NAME", description = "用户名 / User name")
        String name;
        @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}", description = "操作人 / Who")
        String by;

        @Override
        public Integer call() {
            String pw = password.read();
            try (SchemeStore s = store.open()) {
                userFacing(() -> {
                    users(s).setPassword(name, pw, Attribution.of(by, "命令行 / command line"));
                    return null;
                });
                spec.commandLine().getOut().println("已修改 " + name + " 的密码 / password of " + name + " changed");
            }
            return 0;
        }
    }

    /** {@code zoning users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = {"列出账户 / List accounts"})
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (SchemeStore s = store.open()) {
                var out = spec.commandLine().getOut();
                out.printf("%-24s %-11s %-8s %s%n", "用户 / user", "角色 / role", "状态", "创建 / created");
                for (UserAccount a : users(s).list()) {
                    out.printf("%-24s %-11s %-8s %s%n", a.name(), a.role(), a.disabled() ? "停用" : "启用", a.createdAt());
                }
            }
            return 0;
        }
    }
}
