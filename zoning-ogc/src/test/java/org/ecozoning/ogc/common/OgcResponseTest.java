package org.ecozoning.ogc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OgcResponseTest {

    @Test
    void textResponseIsUtf8WithKnownLength() {
        OgcResponse r = OgcResponse.text(200, MediaTypes.XML, "<a>山西</a>");
        assertThat(r.contentType()).contains("application/xml;charset=utf-8");
        assertThat(r.contentLength()).hasValue("<a>山西</a>".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(r.bodyText()).isEqualTo("<a>山西</a>");
    }

    @Test
    void streamedResponseHasUnknownLength() {
        OgcResponse r = OgcResponse.stream(200, MediaTypes.OCTET_STREAM, out -> out.write(new byte[10]));
        assertThat(r.contentLength()).isEmpty();
        assertThat(r.bodyBytes()).hasSize(10);
    }

    @Test
    void headersAreAddedToCopiesAndContentTypeIsNotAHeader() {
        OgcResponse base = OgcResponse.json("{}");
        OgcResponse withCache = base.withHeader("Cache-Control", "no-store");
        assertThat(base.headers().isEmpty()).isTrue();
        assertThat(withCache.headers().first("cache-control")).contains("no-store");
        assertThatThrownBy(() -> base.withHeader("content-type", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemIsValidJsonWithEscapedText() throws Exception {
        Problem p = Problem.of(404, "没有 \"x\"\n路径").withInstance("/a\\b").with("errorId", "e1");
        OgcResponse r = OgcResponse.problem(p);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).contains(MediaTypes.PROBLEM_JSON);
        JsonNode json = new ObjectMapper().readTree(r.bodyBytes());
        assertThat(json.get("type").asText()).isEqualTo("about:blank");
        assertThat(json.get("title").asText()).isEqualTo("未找到 / Not Found");
        assertThat(json.get("status").asInt()).isEqualTo(404);
        assertThat(json.get("detail").asText()).isEqualTo("没有 \"x\"\n路径");
        assertThat(json.get("instance").asText()).isEqualTo("/a\\b");
        assertThat(json.get("errorId").asText()).isEqualTo("e1");
    }

    @Test
    void problemRejectsNonErrorStatusAndStandardMemberAsExtension() {
        assertThatThrownBy(() -> Problem.of(200, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of(400, "x").with("status", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Problem.of(418, null).title()).isEqualTo("HTTP 418");
    }
}
