package org.ecozoning.ogc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void responseIsProblemJsonWithEscapedText() throws Exception {
        Problem p = Problem.of(404, "没有 \"x\"\n路径\u0001").withInstance("/a\\b").with("errorId", "e1");
        OgcResponse r = p.toResponse();
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        JsonNode json = new ObjectMapper().readTree(r.bodyBytes());
        assertThat(json.get("type").asText()).isEqualTo("about:blank");
        assertThat(json.get("title").asText()).isEqualTo("未找到 / Not Found");
        assertThat(json.get("status").asInt()).isEqualTo(404);
        assertThat(json.get("detail").asText()).isEqualTo("没有 \"x\"\n路径\u0001");
        assertThat(json.get("instance").asText()).isEqualTo("/a\\b");
        assertThat(json.get("errorId").asText()).isEqualTo("e1");
    }

    @Test
    void absentMembersAreOmitted() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Problem.of(500, null).toJson());
        assertThat(json.has("detail")).isFalse();
        assertThat(json.has("instance")).isFalse();
        assertThat(json.get("title").asText()).isEqualTo("服务器内部错误 / Internal Server Error");
    }

    @Test
    void rejectsNonErrorStatusAndStandardMemberAsExtension() {
        assertThatThrownBy(() -> Problem.of(200, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of(400, "x").with("status", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Problem.of(418, null).title()).isEqualTo("HTTP 418");
    }

    @Test
    void exceptionCarriesTheProblemAndBilingualDetail() {
        ProblemException e = ProblemException.badRequest("缺少参数 X", "Missing parameter X");
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("缺少参数 X / Missing parameter X");
        assertThat(ProblemException.notFound("无此集合", "No such collection").problem().status()).isEqualTo(404);
    }
}
