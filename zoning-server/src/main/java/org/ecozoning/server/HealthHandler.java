package org.ecozoning.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ecozoning.ogc.common.MediaTypes;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: a JSON status for people and probes (container health checks, CI smoke tests):
 * {@code status} ({@code UP} or {@code DEGRADED}), {@code version}, {@code startedAt},
 * {@code uptimeSeconds}, then one member per {@link HealthContributor} that has something to say.
 */
final class HealthHandler implements OgcHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HealthHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Instant> startedAt;
    private final Clock clock;
    private final List<HealthContributor> contributors;

    HealthHandler(Supplier<Instant> startedAt, Clock clock, List<HealthContributor> contributors) {
        this.startedAt = startedAt;
        this.clock = clock;
        this.contributors = List.copyOf(contributors);
    }

    @Override
    public OgcResponse handle(OgcRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return Problem.of(405, "只支持 GET / Only GET is supported").withInstance("/health").toResponse()
                    .header("Allow", "GET, HEAD");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("service", "ecozoning");
        body.put("version", ZoningVersion.get());
        Instant started = startedAt.get();
        if (started != null) {
            body.put("startedAt", started.toString());
            body.put("uptimeSeconds", Math.max(0, Duration.between(started, clock.instant()).toSeconds()));
        }
        for (HealthContributor c : contributors) {
            try {
                Object details = c.details();
                if (details != null) {
                    body.put(c.name(), details);
                }
            } catch (Exception e) {
                LOG.warn("健康检查项 {} 失败 / Health contributor {} failed: {}", c.name(), c.name(), e.toString());
                body.put("status", "DEGRADED");
                Map<String, Object> down = new LinkedHashMap<>();
                down.put("status", "DOWN");
                down.put("message", String.valueOf(e.getMessage()));
                body.put(c.name(), down);
            }
        }
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("health details are not serialisable: " + e.getOriginalMessage(), e);
        }
        return OgcResponse.ok(MediaTypes.JSON, json).header("Cache-Control", "no-store");
    }
}
