package org.ecozoning.conformance;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one suite in a child JVM with what a 2016 suite needs on a modern JDK: the javax jars on the class
 * path, the patched {@code ServiceRegistry} via {@code --patch-module}, the schema proxy as HTTP proxy
 * (loopback and the server under test excluded), headless AWT, and {@code user.home} set to a folder kept
 * between runs (Geotoolkit builds its EPSG database there once, which takes half a minute; ets-gml32 writes
 * its results there). The child's output goes to a log file.
 *
 * @param suite       which suite
 * @param javaHome    the JDK that runs the suite
 * @param suiteJar    the suite's aio jar
 * @param suiteLibDir folder with the extra javax jars
 * @param patchDir    folder holding the patched {@code javax/imageio/spi/ServiceRegistry.class}
 * @param proxyPort   port of the schema proxy on 127.0.0.1
 * @param userHome    {@code user.home} of the suite JVM
 * @param repairDir   folder put on the class path after the suite jar to repair its packaging (may be null)
 * @param extraJvmArgs additional JVM options (for example {@code -Xmx1g})
 */
public record SuiteLauncher(Suite suite, Path javaHome, Path suiteJar, Path suiteLibDir, Path patchDir, int proxyPort,
        Path userHome, Path repairDir, List<String> extraJvmArgs) {

    /** What happened to the child process. */
    public record Outcome(int exitCode, boolean timedOut, long millis) {
    }

    /** The full command line for a run writing into {@code outDir} with arguments from {@code propsFile}. */
    public List<String> command(URI target, Path outDir, Path propsFile) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaHome.resolve("bin").resolve("java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("--patch-module");
        cmd.add("java.desktop=" + patchDir.toAbsolutePath());
        cmd.add("-Djava.net.useSystemProxies=false");
        cmd.add("-Dhttp.proxyHost=127.0.0.1");
        cmd.add("-Dhttp.proxyPort=" + proxyPort);
        cmd.add("-Dhttp.nonProxyHosts=" + nonProxyHosts(target));
        // HTTPS schema locations would go to the internet; send them to the proxy too, which refuses them.
        cmd.add("-Dhttps.proxyHost=127.0.0.1");
        cmd.add("-Dhttps.proxyPort=" + proxyPort);
        cmd.add("-Duser.home=" + userHome.toAbsolutePath());
        cmd.addAll(extraJvmArgs);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(suite.mainClass());
        cmd.addAll(suite.arguments(outDir.toAbsolutePath(), propsFile.toAbsolutePath()));
        return cmd;
    }

    /** Loopback names, plus the host under test so that it is reached directly, not through the proxy. */
    static String nonProxyHosts(URI target) {
        Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.*", "[::1]"));
        if (target != null && target.getHost() != null) {
            hosts.add(target.getHost());
        }
        return String.join("|", hosts);
    }

    private String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(suiteJar.toAbsolutePath().toString());
        if (repairDir != null && Files.isDirectory(repairDir)) {
            entries.add(repairDir.toAbsolutePath().toString());
        }
        try (Stream<Path> jars = Files.list(suiteLibDir)) {
            jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
                    .forEach(p -> entries.add(p.toAbsolutePath().toString()));
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Runs the suite, its output going to {@code logFile}; kills it after {@code timeoutMinutes}. */
    public Outcome run(URI target, Path outDir, Path propsFile, Path logFile, long timeoutMinutes)
            throws IOException, InterruptedException {
        List<String> cmd = command(target, outDir, propsFile);
        Files.writeString(outDir.resolve("suite-command.txt"), String.join(" \\\n  ", cmd) + "\n");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(outDir.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            boolean done = p.waitFor(timeoutMinutes, TimeUnit.MINUTES);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (!done) {
                destroy(p);
                return new Outcome(-1, true, millis);
            }
            return new Outcome(p.exitValue(), false, millis);
        } catch (InterruptedException e) {
            destroy(p);
            throw e;
        }
    }

    private static void destroy(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }
}
