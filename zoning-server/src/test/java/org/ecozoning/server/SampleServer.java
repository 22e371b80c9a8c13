package org.ecozoning.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.server.cli.ZoningCliAccess;

/**
 * {@code zoning serve} in-process on an ephemeral loopback port, over a copy of the workspace and a
 * private in-memory store bootstrapped with the sample scheme: the one set-up shared by the tests that
 * talk to a whole running server (our own and the interoperability tests with outside clients).
 *
 * @param workspace the workspace copy
 * @param store     the store's JDBC URL
 * @param server    the running server
 */
public record SampleServer(Path workspace, String store, ZoningCliAccess.Server server) implements AutoCloseable {

    /**
     * @param dir   an empty folder for the workspace copy
     * @param extra more {@code serve} options
     */
    public static SampleServer start(Path dir, String... extra) {
        Path ws = TestWorkspace.copyInto(dir.resolve("ws"));
        String store = TestWorkspace.memoryStore();
        List<String> args = new ArrayList<>(List.of("--port", "0", "--bind", "127.0.0.1", "--workspace", ws.toString(),
                "--store", store));
        args.addAll(List.of(extra));
        return new SampleServer(ws, store, ZoningCliAccess.serve(args.toArray(String[]::new)));
    }

    /** @return {@code http://127.0.0.1:PORT} */
    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** @return the number of control units of the served version, read from the store */
    public int storedUnits() {
        var scheme = server.services().scheme();
        return scheme.store().content(scheme.loaded().version().id()).units().size();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
