package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.TestScheme;

/** Shared plumbing of the OGC API – Features tests: a handler over the test scheme, requests, JSON helpers. */
abstract class FeaturesTestSupport {
    static final String BASE = "http://test.local:8080";
    static final String API = BASE + "/ogcapi";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);
    static final FeaturesHandler HANDLER = new FeaturesHandler(FeaturesConfig.of(TestScheme.catalog()).withClock(CLOCK).withLimits(10, 1000));
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** GET path?query with no Accept header. */
    static OgcResponse get(String path, String query) { return get(HANDLER, path, query, null); }

    static OgcResponse get(FeaturesHandler h, String path, String query, String accept) {
        OgcRequest.Builder b = OgcRequest.builder("GET", path).baseUrl(BASE).query(query);
        if (accept != null) b.header("Accept", accept);
        return h.handle(b.build());
    }

    static OgcResponse accept(String path, String accept) { return get(HANDLER, path, null, accept); }

    static JsonNode json(OgcResponse r) {
        try {
            return MAPPER.readTree(r.bodyBytes());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.bodyText(), e);
        }
    }

    /** A 200 JSON response, parsed, after checking its content type. */
    static JsonNode ok(OgcResponse r, String contentType) {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(contentType);
        return json(r);
    }

    static void assertValid(String schema, JsonNode doc) {
        assertThat(JsonSchemas.errors(schema, doc)).as(doc.toPrettyString()).isEmpty();
    }

    /** The link of a relation (and type, if given), or null. */
    static JsonNode link(JsonNode doc, String rel, String type) {
        for (JsonNode l : doc.path("links")) {
            if (l.path("rel").asText().equals(rel) && (type == null || l.path("type").asText().equals(type))) return l;
        }
        return null;
    }

    /** A problem document with the status; returns it parsed (and schema-checked). */
    static JsonNode problem(OgcResponse r, int status) {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        JsonNode p = json(r);
        assertValid("problem", p);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        return p;
    }

    /** The ids of the features of a collection document, in order. */
    static List<String> ids(JsonNode fc) {
        List<String> out = new ArrayList<>();
        fc.path("features").forEach(f -> out.add(f.path("id").asText()));
        return out;
    }

    /** Splits a link's URL into path and query, so it can be requested again. */
    static OgcResponse follow(String href) {
        assertThat(href).startsWith(API);
        String rest = href.substring(API.length());
        int q = rest.indexOf('?');
        return get(HANDLER, q < 0 ? rest : rest.substring(0, q), q < 0 ? null : rest.substring(q + 1), null);
    }
}
