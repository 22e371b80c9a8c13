package org.ecozoning.conformance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Command line of the harness: runs one OGC suite against a URL, offline, and gates on its results.
 * Exit code 0 when failed tests are within {@code --max-failures} and passed tests reach {@code --min-passed},
 * 1 otherwise, 2 when the run itself could not be made (bad arguments, missing jars, no results, time-out).
 *
 * <pre>
 * java -cp target/classes:target/lib/* org.ecozoning.conformance.ConformanceMain \
 *     --suite wfs20 --url URL [--max-failures N] [--min-passed N] [--home target] [--out DIR]
 *     [--suite-java-home JDK] [--proxy-port P] [--timeout-minutes M] [--jvm-arg ARG]...
 * </pre>
 */
public final class ConformanceMain {

    static final int OK = 0;
    static final int TOO_MANY_FAILURES = 1;
    static final int HARNESS_ERROR = 2;

    private final PrintStream out;

    ConformanceMain(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(new ConformanceMain(out).run(args));
    }

    /** Parsed command line. */
    record Options(Suite suite, URI url, int maxFailures, int minPassed, Path home, Path outDir, Path suiteJavaHome, int proxyPort,
            long timeoutMinutes, List<String> jvmArgs) {
    }

    int run(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("参数错误 / bad arguments: " + e.getMessage());
            out.println(usage());
            return HARNESS_ERROR;
        }
        if (o == null) {
            out.println(usage());
            return OK;
        }
        try {
            return execute(o);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            out.println("测试工具出错 / harness error: " + e.getMessage());
            return HARNESS_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("被中断 / interrupted");
            return HARNESS_ERROR;
        }
    }

    static String usage() {
        return """
                用法 / usage: ConformanceMain --suite wfs20|gml32 --url URL [options]
                  --max-failures N       允许的失败数 / allowed failed tests (default 0)
                  --min-passed N         至少通过数 / required passed tests (default 1)
                  --home DIR             构建目录 / the conformance/target folder (default: target)
                  --out DIR              输出目录 / output folder (default: HOME/runs/SUITE-TIMESTAMP)
                  --suite-java-home JDK  运行套件的 JDK / JDK for the suite (default: $SUITE_JAVA_HOME or this JVM)
                  --proxy-port P         schema 代理端口 / schema proxy port on 127.0.0.1 (default 0 = any free)
                  --timeout-minutes M    超时 / time-out for the suite (default 30)
                  --jvm-arg ARG          传给套件 JVM 的参数 / extra option for the suite JVM (repeatable)""";
    }

    static Options parse(String[] args) {
        Suite suite = null;
        String url = null;
        int maxFailures = 0;
        int minPassed = 1;
        Path home = Path.of(System.getProperty("conformance.home", "target"));
        Path outDir = null;
        String envJava = System.getenv("SUITE_JAVA_HOME");
        Path javaHome = Path.of(envJava != null && !envJava.isBlank() ? envJava : System.getProperty("java.home"));
        int proxyPort = 0;
        long timeout = 30;
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--suite" -> suite = Suite.byId(value(args, ++i, a));
                case "--url" -> url = value(args, ++i, a);
                case "--max-failures" -> maxFailures = nonNegative(value(args, ++i, a), a);
                case "--min-passed" -> minPassed = nonNegative(value(args, ++i, a), a);
                case "--home" -> home = Path.of(value(args, ++i, a));
                case "--out" -> outDir = Path.of(value(args, ++i, a));
                case "--suite-java-home" -> javaHome = Path.of(value(args, ++i, a));
                case "--proxy-port" -> proxyPort = nonNegative(value(args, ++i, a), a);
                case "--timeout-minutes" -> timeout = Math.max(1, nonNegative(value(args, ++i, a), a));
                case "--jvm-arg" -> jvmArgs.add(value(args, ++i, a));
                default -> {
                    if (a.startsWith("-") || url != null) {
                        throw new IllegalArgumentException("未知参数 / unknown argument: " + a);
                    }
                    url = a;
                }
            }
        }
        if (suite == null) {
            throw new IllegalArgumentException("缺少 --suite / --suite is required");
        }
        if (url == null) {
            throw new IllegalArgumentException("缺少 --url / --url is required");
        }
        if (proxyPort > 65535) {
            throw new IllegalArgumentException("端口超出范围 / port out of range: " + proxyPort);
        }
        return new Options(suite, checkUrl(suite, url), maxFailures, minPassed, home, outDir, javaHome, proxyPort, timeout,
                List.copyOf(jvmArgs));
    }

    static URI checkUrl(Suite suite, String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("URL 无效 / invalid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean ok = scheme.equals("http") || scheme.equals("https") || (suite == Suite.GML32 && scheme.equals("file"));
        if (!ok || (!scheme.equals("file") && uri.getHost() == null)) {
            throw new IllegalArgumentException("需要绝对 http(s) URL / an absolute http(s) URL is required"
                    + (suite == Suite.GML32 ? " (or file:)" : "") + ": " + url);
        }
        return uri;
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " 缺少取值 / needs a value");
        }
        return args[i];
    }

    private static int nonNegative(String v, String name) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " 需要非负整数 / needs a non-negative integer: " + v);
        }
    }

    private int execute(Options o) throws IOException, InterruptedException {
        Path home = o.home().toAbsolutePath().normalize();
        Path suiteJar = home.resolve("suites").resolve(o.suite().jarName());
        Path schemasJar = home.resolve("suites").resolve("ogc-schemas.jar");
        Path suiteLib = home.resolve("suite-lib");
        for (Path p : List.of(suiteJar, schemasJar, suiteLib)) {
            if (!Files.exists(p)) {
                throw new IOException("缺少 " + p + "，请先构建 / missing, build first: mvn -f conformance/pom.xml package");
            }
        }
        Path outDir = (o.outDir() != null ? o.outDir()
                : home.resolve("runs").resolve(o.suite().id() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))))
                .toAbsolutePath().normalize();
        Files.createDirectories(outDir);

        Properties versions = versions();
        String javaVersion = jdkVersion(o.suiteJavaHome());
        out.printf("== OGC %s 一致性测试 / conformance: ets-%s %s%n", o.suite().title(), o.suite().id(),
                versions.getProperty("ets-" + o.suite().id(), "?"));
        out.println("   被测 / under test: " + o.url());
        out.println("   套件 JDK / suite JDK: " + o.suiteJavaHome() + " (" + javaVersion + ")");
        out.println("   输出 / output: " + outDir);

        Path patchDir = ServiceRegistryPatcher.patchJdk(o.suiteJavaHome(), outDir.resolve("patch"));
        Path props = outDir.resolve("test-run-props.xml");
        TestRunProperties.write(props, Map.of(o.suite().urlProperty(), o.url().toString()));
        Path proxyLog = outDir.resolve("schema-proxy.log");
        Path suiteLog = outDir.resolve("suite.log");

        SuiteLauncher.Outcome outcome;
        List<String> served;
        List<String> missed;
        try (BufferedWriter logWriter = Files.newBufferedWriter(proxyLog, StandardCharsets.UTF_8);
                SchemaProxy proxy = SchemaProxy.start(SchemaMounts.defaults(schemasJar, suiteJar), o.proxyPort(),
                        synchronizedLog(logWriter))) {
            out.println("   schema 代理 / schema proxy: 127.0.0.1:" + proxy.port());
            Path userHome = Files.createDirectories(home.resolve("suite-home"));
            Path repairDir = home.resolve("suite-fix").resolve(o.suite().id());
            if (Files.isDirectory(repairDir)) {
                out.println("   类路径修补 / class-path repair: " + repairDir);
            }
            SuiteLauncher launcher = new SuiteLauncher(o.suite(), o.suiteJavaHome(), suiteJar, suiteLib, patchDir,
                    proxy.port(), userHome, repairDir, o.jvmArgs());
            Set<Path> before = listDirs(userHome.resolve("testng"));
            outcome = launcher.run(o.url(), outDir, props, suiteLog, o.timeoutMinutes());
            // ets-gml32 ignores -o and writes to user.home/testng: bring this run's folders into outDir.
            moveNewDirs(userHome.resolve("testng"), before, outDir.resolve("testng"));
            served = proxy.served();
            missed = proxy.missed();
        }
        out.printf("   套件用时 / suite time: %.1f s, exit %d%n", outcome.millis() / 1000.0, outcome.exitCode());
        out.printf("   schema 代理：提供 %d 个，404 %d 个 / schema proxy: served %d, 404 %d (log: %s)%n",
                served.size(), missed.size(), served.size(), missed.size(), proxyLog);
        missed.stream().limit(30).forEach(u -> out.println("     404 " + u));

        if (outcome.timedOut()) {
            out.println("套件超时 / suite timed out after " + o.timeoutMinutes() + " min; log: " + suiteLog);
            printTail(suiteLog);
            return HARNESS_ERROR;
        }
        Path resultsFile = TestNgResults.findNewest(outDir.resolve("testng"));
        if (resultsFile == null) {
            out.println("没有找到 testng-results.xml（套件未能运行）/ no testng-results.xml: the suite did not run; log: "
                    + suiteLog);
            printTail(suiteLog);
            return HARNESS_ERROR;
        }
        TestNgResults results = TestNgResults.parse(resultsFile);
        out.println("   结果文件 / results: " + resultsFile);
        if (results.total() == 0) {
            out.println("套件没有执行任何测试 / the suite ran no test; log: " + suiteLog);
            printTail(suiteLog);
            return HARNESS_ERROR;
        }
        report(o, results);
        Files.writeString(outDir.resolve("summary.txt"), String.format(Locale.ROOT,
                "suite=%s%nurl=%s%ntotal=%d%npassed=%d%nfailed=%d%nskipped=%d%nconfigFailures=%d%n",
                o.suite().id(), o.url(), results.total(), results.passed(), results.failed(), results.skipped(),
                results.configFailures().size()));
        return gate(o, results);
    }

    int gate(Options o, TestNgResults r) {
        int failed = r.failed();
        boolean tooMany = failed > o.maxFailures();
        boolean tooFew = r.passed() < o.minPassed();
        if (tooMany) {
            out.printf("不通过：失败 %d 个，超过允许的 %d 个 / NOT OK: %d failed tests exceed the allowed %d%n",
                    failed, o.maxFailures(), failed, o.maxFailures());
        }
        if (tooFew) {
            out.printf("不通过：仅通过 %d 个，要求至少 %d 个 / NOT OK: only %d passed, at least %d required%n",
                    r.passed(), o.minPassed(), r.passed(), o.minPassed());
        }
        if (tooMany || tooFew) {
            return TOO_MANY_FAILURES;
        }
        out.printf("通过：失败 %d 个（允许 %d），通过 %d 个（至少 %d）/ OK: %d failed (%d allowed), %d passed (%d required)%n",
                failed, o.maxFailures(), r.passed(), o.minPassed(), failed, o.maxFailures(), r.passed(),
                o.minPassed());
        return OK;
    }

    private void report(Options o, TestNgResults r) {
        for (TestNgResults.Failure f : r.failures()) {
            printFailure("FAIL", f);
        }
        if (!r.configFailures().isEmpty()) {
            out.println("-- 准备步骤失败（其测试被跳过；多为服务未声明的一致性类）/ failed set-up methods"
                    + " (their tests are skipped; mostly conformance classes the server does not declare):");
            for (TestNgResults.Failure f : r.configFailures()) {
                String gist = f.message().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2)
                        .collect(Collectors.joining(" "));
                out.printf("   %s.%s: %s%n", TestNgResults.simpleName(f.testClass()), f.method(), gist);
            }
        }
        if (!r.skipReasons().isEmpty()) {
            out.println("-- 跳过 / skipped tests by class (count):");
            r.skipReasons().entrySet().stream().limit(15)
                    .forEach(e -> out.printf("   %4d  %s%n", e.getValue(), e.getKey()));
        }
        out.printf("== %s 结果 / result: total %d, passed %d, failed %d, skipped %d (set-up failures %d)%n",
                o.suite().title(), r.total(), r.passed(), r.failed(), r.skipped(), r.configFailures().size());
    }

    private void printFailure(String tag, TestNgResults.Failure f) {
        String cls = f.testClass();
        int dot = cls.lastIndexOf('.');
        String params = f.params().isEmpty() ? "" : "[" + String.join(", ", f.params()) + "]";
        out.printf("%s %s.%s%s%n", tag, dot < 0 ? cls : cls.substring(dot + 1), f.method(), params);
        if (!f.description().isBlank()) {
            out.println("     " + f.description().strip());
        }
        String msg = f.message().isBlank() ? "(no message)" : f.message();
        msg.lines().limit(6).forEach(l -> out.println("     > " + l));
    }

    static Set<Path> listDirs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).collect(Collectors.toSet());
        }
    }

    static void moveNewDirs(Path from, Set<Path> before, Path to) throws IOException {
        for (Path d : listDirs(from)) {
            if (!before.contains(d)) {
                Files.createDirectories(to);
                Files.move(d, to.resolve(d.getFileName()));
            }
        }
    }

    private void printTail(Path log) {
        try {
            // Stack frames say little to the reader of a CI log; the exception lines say what went wrong.
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.matches("\\s+(at |\\.\\.\\. \\d+ more).*")).toList();
            out.println("-- " + log.getFileName() + "（最后 25 行，不含调用栈 / last 25 lines without stack frames）:");
            lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> out.println("   " + l));
        } catch (IOException e) {
            out.println("(无法读取日志 / cannot read log " + log + ")");
        }
    }

    private static Consumer<String> synchronizedLog(BufferedWriter w) {
        return line -> {
            synchronized (w) {
                try {
                    w.write(line);
                    w.newLine();
                    w.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static Properties versions() {
        Properties p = new Properties();
        try (InputStream in = ConformanceMain.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // versions are informative only
        }
        return p;
    }

    /** JAVA_VERSION from the JDK's {@code release} file, or "unknown". */
    static String jdkVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "unknown";
    }
}
