package org.ecozoning.server.cli;

import org.ecozoning.server.MountedServices;
import org.ecozoning.server.SwappingHandler;
import picocli.CommandLine;

/** Starts {@code zoning serve} in-process for tests outside this package. */
public final class ZoningCliAccess {

    private ZoningCliAccess() {
    }

    /** A running server and its services. */
    public record Server(ServeCommand.Running running) implements AutoCloseable {
        public int port() {
            return running.server().port();
        }

        public MountedServices services() {
            return running.services();
        }

        public SwappingHandler wfs() {
            return running.services().wfsHandler();
        }

        @Override
        public void close() throws Exception {
            running.close();
        }
    }

    /**
     * @param args {@code serve} arguments
     * @return the started server
     */
    public static Server serve(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return new Server(serve.start());
    }
}
