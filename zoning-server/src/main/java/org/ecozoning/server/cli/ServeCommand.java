package org.ecozoning.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecozoning.server.ConfigException;
import org.ecozoning.server.MountedServices;
import org.ecozoning.server.ServerConfig;
import org.ecozoning.server.ServerConfigFile;
import org.ecozoning.server.ZoningServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code zoning serve}: starts the HTTP server and blocks until it is stopped (Ctrl-C stops it
 * gracefully). Configuration: defaults, then {@code <workspace>/server.properties} (or {@code --config}),
 * then these flags.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"启动 HTTP 服务器，就绪后打印访问地址 / Start the HTTP server; prints its URL when ready"},
        synopsisHeading = "用法 / Usage: ",
        descriptionHeading = "%n",
        optionListHeading = "%n选项 / Options:%n")
public final class ServeCommand implements Callable<Integer> {

    /** System property set by the launcher: the repository root, whose {@code workspace/} is the default. */
    public static final String HOME_PROPERTY = "ecozoning.home";

    @Spec
    CommandSpec spec;

    private Integer port;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "监听地址，默认 0.0.0.0（所有接口）/ Address to listen on (default 0.0.0.0 = all interfaces)")
    String bind;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "工作区目录，默认为仓库中的 workspace/ / Workspace directory (default: workspace/ of the repository)")
    Path workspace;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件，默认为 <工作区>/server.properties / Configuration file (default: <workspace>/server.properties)")
    Path config;

    /**
     * @param value port from the command line, validated here so that a bad value is a usage error
     */
    @Option(names = "--port", paramLabel = "N",
            description = "监听端口，默认 8080，0 表示任意空闲端口 / Port to listen on (default 8080; 0 = any free port)")
    void setPort(int value) {
        if (value < 0 || value > 65535) {
            throw new ParameterException(spec.commandLine(),
                    "端口必须在 0 到 65535 之间 / --port must be between 0 and 65535, got " + value);
        }
        this.port = value;
    }

    @Option(names = "--store", paramLabel = "JDBC-URL",
            description = "方案数据库，默认为工作区 var/ 下的内嵌数据库 / Scheme store (default: the embedded store under the workspace's var/)")
    String store;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "3000",
            description = "启动后预热研判引擎的次数，默认 ${DEFAULT-VALUE} / Warm-up assessments after start (default ${DEFAULT-VALUE})")
    int warmUps;

    @Option(names = "--poll-seconds", paramLabel = "S", defaultValue = "3",
            description = "检查新发布版本的间隔（秒），默认 ${DEFAULT-VALUE} / How often to check for a newly published version (default ${DEFAULT-VALUE} s)")
    int pollSeconds;

    @Override
    public Integer call() throws Exception {
        Running running = start();
        PrintWriter out = spec.commandLine().getOut();
        out.println("ecozoning 已就绪 / ready: " + running.server().uri());
        out.flush();
        try {
            running.server().join();
        } finally {
            running.services().close();
        }
        return 0;
    }

    /** A started server and the services it mounts (close them after the server stopped). */
    record Running(ZoningServer server, MountedServices services) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            try {
                server.stop();
            } finally {
                services.close();
            }
        }
    }

    /**
     * Resolves the configuration, opens the scheme, builds and starts the server (without blocking),
     * then starts the version watch and the engine warm-up.
     *
     * @return the running server and its services
     */
    Running start() {
        ServerConfig cfg = resolveConfig();
        MountedServices services = MountedServices.open(cfg);
        try {
            ZoningServer server = ZoningServer.builder(cfg)
                    .routes(services.routes())
                    .healthContributorsFrom(services.healthContributors())
                    .build()
                    .start();
            services.afterStart(java.time.Duration.ofSeconds(Math.max(1, pollSeconds)), warmUps);
            return new Running(server, services);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * @return defaults, overridden by the configuration file, overridden by the flags
     * @throws ConfigException when the workspace or the configuration file is missing or invalid
     */
    ServerConfig resolveConfig() {
        Path ws = workspace != null ? workspace : defaultWorkspace();
        ServerConfig cfg = ServerConfig.defaults(ws.toAbsolutePath().normalize());
        Path file = config != null ? config : ws.resolve(ServerConfigFile.FILE_NAME);
        if (config != null && !Files.isRegularFile(config)) {
            throw new ConfigException("配置文件不存在 / Configuration file not found: " + config.toAbsolutePath());
        }
        if (Files.isRegularFile(file)) {
            cfg = ServerConfigFile.apply(file, cfg);
        }
        if (workspace != null) {
            cfg = cfg.withWorkspace(workspace.toAbsolutePath().normalize());
        }
        if (bind != null) {
            cfg = cfg.withBind(bind);
        }
        if (port != null) {
            cfg = cfg.withPort(port);
        }
        if (store != null) {
            cfg = cfg.withStoreUrl(store);
        }
        if (!Files.isDirectory(cfg.workspace())) {
            throw new ConfigException("工作区目录不存在 / Workspace directory not found: " + cfg.workspace()
                    + "（用 --workspace 指定 / use --workspace DIR）");
        }
        return cfg;
    }

    static Path defaultWorkspace() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? Path.of("workspace") : Path.of(home, "workspace");
    }
}
