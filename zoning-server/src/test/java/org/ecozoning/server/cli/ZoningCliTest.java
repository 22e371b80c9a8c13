package org.ecozoning.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.server.ServerConfig;
import org.ecozoning.server.ZoningServer;
import org.ecozoning.server.ZoningVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ZoningCliTest {

    @TempDir
    Path workspace;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ZoningCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void serveHelpDescribesTheOptions() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("用法 / Usage: zoning serve").contains("--port=N").contains("--bind=ADDR")
                .contains("--workspace=DIR").contains("--config=FILE").contains("默认 8080");
    }

    @Test
    void topLevelHelpListsServe() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("子命令 / Commands:").contains("serve");
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("ecozoning " + ZoningVersion.get());
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("缺少子命令 / Missing subcommand").contains("--help");
    }

    @Test
    void nonNumericPortIsAUsageErrorNamingTheOption() {
        assertThat(run("serve", "--port", "abc")).isEqualTo(2);
        assertThat(err.toString()).contains("参数错误 / Invalid arguments").contains("--port").contains("abc")
                .contains("zoning serve --help").doesNotContain("\tat ");
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("65535").contains("70000");
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        assertThat(run("serve", "--portt", "8080")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("--portt").contains("Possible solutions:").contains("--port");
    }

    @Test
    void missingWorkspaceFailsWithABilingualMessageAndNoStackTrace() {
        Path missing = workspace.resolve("nope");
        assertThat(run("serve", "--port", "0", "--workspace", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("工作区目录不存在 / Workspace directory not found").contains("nope")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void invalidConfigFileFailsWithItsMessage() throws Exception {
        Files.writeString(workspace.resolve("server.properties"), "server.port=many\n");
        assertThat(run("serve", "--workspace", workspace.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("server.port=many").contains("integer").doesNotContain("\tat ");
    }

    @Test
    void portInUseFailsClearly() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            org.ecozoning.server.TestWorkspace.copyInto(workspace);
            int code = run("serve", "--bind", "127.0.0.1", "--port", Integer.toString(busy.getLocalPort()),
                    "--store", org.ecozoning.server.TestWorkspace.memoryStore(),
                    "--workspace", workspace.toString());
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("端口已被占用").contains("port already in use").doesNotContain("\tat ");
        }
    }

    @Test
    void flagsOverrideTheConfigFileWhichOverridesDefaults() throws Exception {
        Files.writeString(workspace.resolve("server.properties"), """
                server.port=18219
                server.bind=127.0.0.1
                limits.maxRequestBodyBytes=1KiB
                """);
        org.ecozoning.server.TestWorkspace.copyInto(workspace);
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "0", "--workspace", workspace.toString(), "--warm-up", "0",
                "--store", org.ecozoning.server.TestWorkspace.memoryStore());
        ServerConfig cfg = serve.resolveConfig();
        assertThat(cfg.port()).isZero();
        assertThat(cfg.bind()).isEqualTo("127.0.0.1");
        assertThat(cfg.limits().maxRequestBodyBytes()).isEqualTo(1024);
        assertThat(cfg.workspace()).isEqualTo(workspace.toAbsolutePath().normalize());

        ServeCommand.Running running = serve.start();
        ZoningServer server = running.server();
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(health.body()).contains("\"units\":1033");
            assertThat(server.uri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        } finally {
            running.close();
        }
    }

    @Test
    void defaultWorkspaceFollowsTheLauncherHome() throws Exception {
        Path home = workspace;
        Files.createDirectories(home.resolve("workspace"));
        String before = System.getProperty(ServeCommand.HOME_PROPERTY);
        System.setProperty(ServeCommand.HOME_PROPERTY, home.toString());
        try {
            ServeCommand serve = new ServeCommand();
            new CommandLine(serve).parseArgs();
            ServerConfig cfg = serve.resolveConfig();
            assertThat(cfg.workspace()).isEqualTo(home.resolve("workspace").toAbsolutePath().normalize());
            assertThat(cfg.port()).isEqualTo(ServerConfig.DEFAULT_PORT);
            assertThat(cfg.bind()).isEqualTo(ServerConfig.DEFAULT_BIND);
        } finally {
            if (before == null) {
                System.clearProperty(ServeCommand.HOME_PROPERTY);
            } else {
                System.setProperty(ServeCommand.HOME_PROPERTY, before);
            }
        }
    }
}
