package org.ecozoning.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLauncherTest {

    @TempDir
    Path dir;

    private SuiteLauncher launcher(Suite suite, Path repair) throws IOException {
        Path lib = Files.createDirectories(dir.resolve("suite-lib"));
        Files.writeString(lib.resolve("jaxb-api-2.3.1.jar"), "");
        Files.writeString(lib.resolve("notes.txt"), "");
        return new SuiteLauncher(suite, Path.of("/opt/jdk"), dir.resolve("suites/ets.jar"), lib, dir.resolve("patch"),
                18400, dir.resolve("home"), repair, List.of("-Dextra=1"));
    }

    @Test
    void wfsCommandCarriesPatchProxyAndOutputFolder() throws IOException {
        Path out = dir.resolve("out");
        List<String> cmd = launcher(Suite.WFS20, null).command(URI.create("http://10.1.2.3:8080/wfs?x=1"), out,
                out.resolve("props.xml"));
        assertThat(cmd.get(0)).isEqualTo("/opt/jdk/bin/java");
        assertThat(String.join(" ", cmd))
                .contains("--patch-module java.desktop=" + dir.resolve("patch"))
                .contains("-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=18400")
                .contains("-Dhttp.nonProxyHosts=localhost|127.*|[::1]|10.1.2.3")
                .contains("-Duser.home=" + dir.resolve("home"))
                .contains("-Dextra=1");
        int main = cmd.indexOf("org.opengis.cite.iso19142.TestNGController");
        assertThat(cmd.subList(main + 1, cmd.size())).containsExactly("-o", out.toString(),
                out.resolve("props.xml").toString());
        String cp = cmd.get(cmd.indexOf("-cp") + 1);
        assertThat(cp).startsWith(dir.resolve("suites/ets.jar").toString()).contains("jaxb-api-2.3.1.jar")
                .doesNotContain("notes.txt");
    }

    @Test
    void gmlCommandHasNoOutputArgumentAndAddsTheRepairFolder() throws IOException {
        Path repair = Files.createDirectories(dir.resolve("suite-fix/gml32"));
        Path out = dir.resolve("out");
        List<String> cmd = launcher(Suite.GML32, repair).command(URI.create("file:/tmp/doc.gml"), out,
                out.resolve("props.xml"));
        int main = cmd.indexOf("org.opengis.cite.iso19136.TestNGController");
        assertThat(cmd.subList(main + 1, cmd.size())).containsExactly(out.resolve("props.xml").toString());
        String cp = cmd.get(cmd.indexOf("-cp") + 1);
        assertThat(cp.split(java.io.File.pathSeparator)[1]).isEqualTo(repair.toString());
        assertThat(String.join(" ", cmd)).contains("-Dhttp.nonProxyHosts=localhost|127.*|[::1] ");
    }
}
