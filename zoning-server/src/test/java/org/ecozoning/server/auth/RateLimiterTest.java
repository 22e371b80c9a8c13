package org.ecozoning.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void bucketEmptiesThenRefills() {
        MutableClock clock = new MutableClock();
        RateLimiter l = new RateLimiter(clock, 3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) assertThat(l.acquire("1.2.3.4")).isZero();
        assertThat(l.acquire("1.2.3.4")).isEqualTo(Duration.ofSeconds(20));
        assertThat(l.acquire("5.6.7.8")).isZero();
        clock.advance(Duration.ofSeconds(20));
        assertThat(l.acquire("1.2.3.4")).isZero();
        assertThat(l.acquire("1.2.3.4")).isPositive();
    }

    @Test
    void anonymousComplianceRequestsGet429WhileAccountsPass() {
        MutableClock clock = new MutableClock();
        RateLimiter l = new RateLimiter(clock, 1, Duration.ofMinutes(1));
        AnonymousRateLimit h = new AnonymousRateLimit(l, AnonymousRateLimit.COMPLIANCE, "/wps",
                r -> OgcResponse.of(200, "text/plain", "ok"));
        OgcRequest post = OgcRequest.builder("POST", "/").clientAddress("9.9.9.9").build();
        assertThat(h.handle(post).status()).isEqualTo(200);
        OgcResponse refused = h.handle(post);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.headers()).containsEntry("Retry-After", "60");
        // a GetCapabilities is not a compliance request; a logged-in caller is not limited
        assertThat(h.handle(OgcRequest.builder("GET", "/").param("request", "GetCapabilities").clientAddress("9.9.9.9").build())
                .status()).isEqualTo(200);
        assertThat(h.handle(post.withCaller("ent", Role.ENTERPRISE.names())).status()).isEqualTo(200);
    }

    @Test
    void anonymousReRenderingOfSavedReportsIsLimitedButJsonReadsAreNot() {
        RateLimiter l = new RateLimiter(new MutableClock(), 1, Duration.ofMinutes(1));
        AnonymousRateLimit h = new AnonymousRateLimit(l, AnonymousRateLimit.RENDERED_REPORT, "/api/assessments",
                r -> OgcResponse.of(200, "text/plain", "ok"));
        OgcRequest pdf = OgcRequest.builder("GET", "/abc").param("f", "pdf").clientAddress("9.9.9.8").build();
        OgcRequest html = OgcRequest.builder("GET", "/abc").param("f", "html").clientAddress("9.9.9.8").build();
        OgcRequest json = OgcRequest.builder("GET", "/abc").clientAddress("9.9.9.8").build();
        assertThat(h.handle(pdf).status()).isEqualTo(200);
        assertThat(h.handle(html).status()).isEqualTo(429);
        assertThat(h.handle(pdf).status()).isEqualTo(429);
        assertThat(h.handle(json).status()).isEqualTo(200);
        assertThat(h.handle(pdf.withCaller("ent", Role.ENTERPRISE.names())).status()).isEqualTo(200);
    }
}
