package org.ecozoning.server.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OGC API – Processes driven by curl alone ({@code src/test/sh/ogcapi_processes_curl.sh}): list,
 * describe, execute each process synchronously, execute asynchronously with polling, results and
 * dismissal, and bad requests answered with problem JSON. The script exits non-zero on the first
 * failed check.
 */
class CurlProcessesInteropTest extends SampleServerClient {
    static final Path SCRIPT = Path.of("src", "test", "sh", "ogcapi_processes_curl.sh").toAbsolutePath();

    @Test
    void curlScriptCoversOgcApiProcesses() throws Exception {
        String curl = ExternalTool.require("curl", "curl").toString();
        assertThat(curl).isNotEmpty();
        ExternalTool.Result r = ExternalTool.run(List.of("bash", SCRIPT.toString(), sample.base())).ok();
        assertThat(r.output()).contains("ok: async execution, polling, results, dismissal")
                .contains("ok: bad requests → problem JSON").contains("ALL OK").doesNotContain("FAIL");
    }
}
