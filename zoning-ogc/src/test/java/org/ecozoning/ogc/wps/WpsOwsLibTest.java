package org.ecozoning.ogc.wps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs src/test/python/wps_owslib.py (OWSLib, /usr/bin/python3) against the WPS handler behind a
 * throwaway loopback JDK HTTP server; skipped where python3-owslib is not installed.
 */
class WpsOwsLibTest {
    @Test
    void owslibDescribesAndExecutesAllProcessesSyncAndAsync() throws Exception {
        Path py = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(py), "no /usr/bin/python3");
        Process probe = new ProcessBuilder(py.toString(), "-c", "import owslib").redirectErrorStream(true).start();
        assumeTrue(probe.waitFor() == 0, "python3-owslib is not installed");
        Path script = WpsTestSupport.ROOT.resolve("zoning-ogc/src/test/python/wps_owslib.py");
        HttpServer server = WpsTestSupport.serve(Map.of("/wps", WpsTestSupport.wps()));
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/wps";
            Process p = new ProcessBuilder(py.toString(), script.toString(), url).redirectErrorStream(true).start();
            boolean done = p.waitFor(180, TimeUnit.SECONDS);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!done) p.destroyForcibly();
            assertThat(done).as(out).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("ok   async output summary of zoning:BatchCompliance");
        } finally {
            server.stop(0);
        }
    }
}
