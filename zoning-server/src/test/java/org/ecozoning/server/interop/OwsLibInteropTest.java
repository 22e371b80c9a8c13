package org.ecozoning.server.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OWSLib (Debian's python3-owslib) against the real server: {@code src/test/python/owslib_wfs.py} reads
 * the WFS 2.0.0 and 1.1.0 capabilities and gets units with a property filter and a bbox; it exits
 * non-zero on the first failed check.
 */
class OwsLibInteropTest extends SampleServerClient {

    /** Debian's interpreter: the first python3 on PATH may be a pyenv without Debian's modules. */
    static final String PYTHON = "/usr/bin/python3";
    static final Path SCRIPT = Path.of("src", "test", "python", "owslib_wfs.py").toAbsolutePath();

    @Test
    void owslibReadsCapabilitiesAndFiltersFeatures() throws Exception {
        String python = ExternalTool.require(PYTHON, "python3").toString();
        if (ExternalTool.run(List.of(python, "-c", "import owslib")).exit() != 0) {
            ExternalTool.unavailable("Python module owslib (install the Debian package python3-owslib)");
        }
        ExternalTool.Result r = ExternalTool.run(List.of(python, SCRIPT.toString(), sample.base(),
                String.valueOf(sample.storedUnits()))).ok();
        assertThat(r.output()).contains("ALL OK")
                .contains("2.0.0: GetFeature returns 1033 units").contains("1.1.0: GetFeature returns 1033 units")
                .contains("2.0.0 and 1.1.0 agree").doesNotContain("FAIL");
    }
}
