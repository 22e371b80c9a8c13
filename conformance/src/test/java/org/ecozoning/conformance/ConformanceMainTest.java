package org.ecozoning.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceMainTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final ConformanceMain main = new ConformanceMain(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parsesOptions() {
        ConformanceMain.Options o = ConformanceMain.parse(new String[] {"--suite", "wfs20", "--url",
                "http://127.0.0.1:1/wfs?REQUEST=GetCapabilities", "--max-failures", "7", "--min-passed", "3",
                "--jvm-arg", "-Xmx512m", "--proxy-port", "18400"});
        assertThat(o.suite()).isEqualTo(Suite.WFS20);
        assertThat(o.maxFailures()).isEqualTo(7);
        assertThat(o.minPassed()).isEqualTo(3);
        assertThat(o.proxyPort()).isEqualTo(18400);
        assertThat(o.jvmArgs()).containsExactly("-Xmx512m");
        assertThat(o.url().getQuery()).isEqualTo("REQUEST=GetCapabilities");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> ConformanceMain.parse(new String[] {"--url", "http://h/"}))
                .hasMessageContaining("--suite");
        assertThatThrownBy(() -> ConformanceMain.parse(new String[] {"--suite", "wms13", "--url", "http://h/"}))
                .hasMessageContaining("wms13");
        assertThatThrownBy(() -> ConformanceMain.parse(new String[] {"--suite", "wfs20", "--url", "ftp://h/x"}))
                .hasMessageContaining("http");
        assertThatThrownBy(() -> ConformanceMain.parse(new String[] {"--suite", "wfs20", "--url", "file:/tmp/x"}))
                .hasMessageContaining("http");
        assertThatThrownBy(() -> ConformanceMain.parse(new String[] {"--suite", "wfs20", "--url", "http://h/",
                "--max-failures", "-1"})).hasMessageContaining("--max-failures");
        assertThat(ConformanceMain.parse(new String[] {"--suite", "gml32", "--url", "file:/tmp/doc.gml"}).url())
                .hasScheme("file");
    }

    @Test
    void badArgumentsExitWithTwoAndABilingualMessage() {
        assertThat(main.run(new String[] {"--suite", "wfs20"})).isEqualTo(ConformanceMain.HARNESS_ERROR);
        assertThat(output()).contains("参数错误 / bad arguments").contains("用法 / usage");
    }

    @Test
    void missingSuiteJarsExitWithTwo(@TempDir Path home) {
        int code = main.run(new String[] {"--suite", "wfs20", "--url", "http://127.0.0.1:1/", "--home",
                home.toString()});
        assertThat(code).isEqualTo(ConformanceMain.HARNESS_ERROR);
        assertThat(output()).contains("mvn -f conformance/pom.xml package");
    }

    @Test
    void gatesOnFailedAndPassedCounts() {
        TestNgResults r = new TestNgResults(10, 6, 3, 1, List.of(), List.of(
                new TestNgResults.Failure("a.B", "setUp", "", List.of(), "not declared")), Map.of());
        assertThat(main.gate(options(3, 1), r)).isEqualTo(ConformanceMain.OK);
        assertThat(main.gate(options(2, 1), r)).isEqualTo(ConformanceMain.TOO_MANY_FAILURES);
        assertThat(output()).contains("3 failed tests exceed the allowed 2");
        assertThat(main.gate(options(5, 7), r)).isEqualTo(ConformanceMain.TOO_MANY_FAILURES);
        assertThat(output()).contains("only 6 passed, at least 7 required");
    }

    private static ConformanceMain.Options options(int maxFailures, int minPassed) {
        return ConformanceMain.parse(new String[] {"--suite", "wfs20", "--url", "http://127.0.0.1:1/",
                "--max-failures", Integer.toString(maxFailures), "--min-passed", Integer.toString(minPassed)});
    }
}
