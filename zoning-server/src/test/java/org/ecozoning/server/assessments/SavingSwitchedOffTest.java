package org.ecozoning.server.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.server.MountedServices;
import org.ecozoning.server.Route;
import org.ecozoning.server.ServerConfig;
import org.ecozoning.server.TestWorkspace;
import org.ecozoning.store.AssessmentQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code assessments.save=false} the portal answers as before but keeps nothing and says so;
 * the mounted handlers are called directly, without Jetty.
 */
class SavingSwitchedOffTest {
    @TempDir
    Path dir;

    static OgcHandler mounted(MountedServices s, String path) {
        return s.routes().stream().filter(r -> r.path().equals(path)).map(Route::handler).findFirst().orElseThrow();
    }

    @Test
    void nothingIsSavedAndTheAnswerSaysSo() throws Exception {
        Path ws = TestWorkspace.copyInto(dir.resolve("ws"));
        ServerConfig config = ServerConfig.defaults(ws).withPort(0).withBind("127.0.0.1").withStoreUrl(TestWorkspace.memoryStore())
                .withSaveAssessments(false);
        try (MountedServices services = MountedServices.open(config)) {
            String body = "{\"geometry\":{\"type\":\"Point\",\"coordinates\":[112.605,37.795]},\"industry\":\"2614\",\"nature\":\"NEW\"}";
            OgcResponse r = mounted(services, "/api").handle(OgcRequest.builder("POST", "/assess").baseUrl("http://test")
                    .body(body.getBytes(StandardCharsets.UTF_8)).build());
            assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
            JsonNode report = new ObjectMapper().readTree(r.bodyBytes());
            assertThat(report.path("verdict").asText()).isNotEmpty();
            assertThat(report.path("savedAssessment").path("saved").asBoolean(true)).isFalse();
            assertThat(services.scheme().store().assessments(AssessmentQuery.all())).isEmpty();
        }
    }
}
