package org.ecozoning.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

/** /health sections from contributors, exercised without HTTP. */
class HealthContributorTest {

    private static HealthContributor contributor(String name, Object details, boolean fail) {
        return new HealthContributor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object details() {
                if (fail) {
                    throw new IllegalStateException("database unreachable");
                }
                return details;
            }
        };
    }

    @Test
    void schemeInfoAppearsWhenAvailableAndFailuresDegrade() throws Exception {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        HealthHandler h = new HealthHandler(() -> start, Clock.fixed(start.plusSeconds(42), java.time.ZoneOffset.UTC), List.of(
                contributor("scheme", Map.of("name", "山西省示例方案", "units", 1234), false),
                contributor("pending", null, false),
                contributor("database", null, true)));
        OgcResponse r = h.handle(OgcRequest.builder("GET", "/").build());
        JsonNode json = new ObjectMapper().readTree(r.bodyBytes());
        assertThat(json.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(json.get("uptimeSeconds").asLong()).isEqualTo(42);
        assertThat(json.get("startedAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(json.get("scheme").get("units").asInt()).isEqualTo(1234);
        assertThat(json.get("scheme").get("name").asText()).isEqualTo("山西省示例方案");
        assertThat(json.has("pending")).isFalse();
        assertThat(json.get("database").get("status").asText()).isEqualTo("DOWN");
        assertThat(json.get("database").get("message").asText()).isEqualTo("database unreachable");
    }

    @Test
    void contributorsAreWiredThroughTheBuilder() throws Exception {
        ZoningServer server = ZoningServer.builder(ServerConfig.defaults(Path.of(".")).withBind("127.0.0.1").withPort(0))
                .healthContributor(contributor("scheme", Map.of("units", 7), false)).build();
        Route health = server.routes().stream().filter(r -> r.path().equals("/health")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().readTree(health.handler().handle(OgcRequest.builder("GET", "/").build()).bodyBytes());
        assertThat(json.get("status").asText()).isEqualTo("UP");
        assertThat(json.get("scheme").get("units").asInt()).isEqualTo(7);
        assertThat(json.has("uptimeSeconds")).as("not started yet: no uptime").isFalse();
    }
}
