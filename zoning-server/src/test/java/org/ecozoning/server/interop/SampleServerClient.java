package org.ecozoning.server.interop;

import java.nio.file.Path;
import org.ecozoning.server.SampleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests in which an outside client (GDAL, OWSLib) talks to a real server: one sample
 * server per test class, started before its tests and stopped after them.
 */
abstract class SampleServerClient {

    @TempDir
    static Path dir;
    static SampleServer sample;

    @BeforeAll
    static void start() {
        sample = SampleServer.start(dir, "--warm-up", "0");
    }

    @AfterAll
    static void stop() throws Exception {
        if (sample != null) {
            sample.close();
            sample = null;
        }
    }
}
