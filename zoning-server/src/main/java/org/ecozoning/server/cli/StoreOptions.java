package org.ecozoning.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.server.ConfigException;
import org.ecozoning.server.ServerConfig;
import org.ecozoning.server.ServerConfigFile;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The options every store command shares ({@code --store}, {@code --workspace}) and how they
 * resolve: {@code --store}, else {@code store.url} of the workspace's {@code server.properties},
 * else the embedded store under the workspace's {@code var/}.
 */
public final class StoreOptions {

    @Option(names = "--store", paramLabel = "JDBC-URL",
            description = "方案数据库，默认为工作区 var/ 下的内嵌数据库 / Scheme store (default: the embedded store of the workspace)")
    String store;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "工作区目录，默认为仓库中的 workspace/ / Workspace directory (default: workspace/ of the repository)")
    Path workspace;

    /** @return the workspace directory, checked to exist */
    public Path workspace() {
        Path ws = (workspace != null ? workspace : ServeCommand.defaultWorkspace()).toAbsolutePath().normalize();
        if (!Files.isDirectory(ws)) {
            throw new ConfigException("工作区目录不存在 / Workspace directory not found: " + ws + "（用 --workspace 指定 / use --workspace DIR）");
        }
        return ws;
    }

    /** @return the JDBC URL to open, or null for the embedded default */
    public String storeUrl() {
        if (store != null && !store.isBlank()) {
            return store;
        }
        Path ws = workspace();
        Path file = ws.resolve(ServerConfigFile.FILE_NAME);
        if (Files.isRegularFile(file)) {
            return ServerConfigFile.apply(file, ServerConfig.defaults(ws)).storeUrl();
        }
        return null;
    }

    /** @return the open store; close it when done */
    public SchemeStore open() {
        String url = storeUrl();
        try {
            return SchemeService.openStore(workspace(), url);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("无法打开方案数据库 / Cannot open the scheme store"
                    + (url == null ? "" : " " + org.ecozoning.store.SchemeStores.redact(url)) + ": " + rootMessage(e), e);
        }
    }

    /** @return the scheme service (bootstraps an empty store, loads the version in force); close it when done */
    public SchemeService openService() {
        String url = storeUrl();
        try {
            return SchemeService.open(workspace(), url);
        } catch (StoreException | org.ecozoning.server.UserFacingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("无法打开方案数据库 / Cannot open the scheme store"
                    + (url == null ? "" : " " + org.ecozoning.store.SchemeStores.redact(url)) + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
