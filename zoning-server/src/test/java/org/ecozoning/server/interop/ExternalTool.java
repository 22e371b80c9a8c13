package org.ecozoning.server.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from the operating system (GDAL, Python with OWSLib) that the interoperability tests run
 * against our server. When it is missing the test fails with a clear message in CI ({@code CI=true}),
 * where {@code .ci/run} installs it, and is skipped with the reason elsewhere.
 */
final class ExternalTool {

    /** What a run printed and how it ended. */
    record Result(int exit, String output) {
        Result ok() {
            assertThat(exit).as("exit code; output:%n%s", output).isZero();
            return this;
        }
    }

    private ExternalTool() {
    }

    /**
     * @param executable a name looked up on PATH, or an absolute path
     * @param debPackage the Debian package that provides it (for the message)
     * @return the executable's path
     */
    static Path require(String executable, String debPackage) {
        Path found = find(executable);
        if (found == null) {
            unavailable(executable + " not found (install the Debian package " + debPackage + ")");
        }
        return found;
    }

    /** Fails in CI, skips elsewhere. */
    static void unavailable(String why) {
        String msg = "外部客户端不可用 / external client unavailable: " + why;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(msg + " — CI=true, .ci/run should have installed it");
        }
        Assumptions.abort(msg);
    }

    private static Path find(String executable) {
        Path p = Path.of(executable);
        if (p.isAbsolute()) {
            return Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path c = Path.of(dir).resolve(executable);
            if (Files.isExecutable(c)) {
                return c;
            }
        }
        return null;
    }

    /** Runs a command (stdout and stderr merged), with a time limit of two minutes. */
    static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.environment().put("GDAL_HTTP_TIMEOUT", "60");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out;
        try (var in = p.getInputStream()) {
            out = in.readAllBytes();   // ends when the process closes its output
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
