package org.ecozoning.ogc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OgcRequestTest {

    @Test
    void kvpNamesAreCaseInsensitiveAndValuesKeepTheirCase() {
        OgcRequest r = OgcRequest.get("/wms?SERVICE=WMS&Request=GetMap&layers=Units,Zones");
        assertThat(r.parameter("service")).contains("WMS");
        assertThat(r.parameter("Service")).contains("WMS");
        assertThat(r.parameter("REQUEST")).contains("GetMap");
        assertThat(r.parameter("LAYERS")).contains("Units,Zones");
        assertThat(r.parameter("bbox")).isEmpty();
        assertThat(r.parameters().names()).containsExactly("SERVICE", "Request", "layers");
    }

    @Test
    void repeatedKeysInDifferentCaseAreOneNameWithSeveralValues() {
        OgcRequest r = OgcRequest.get("/x?a=1&A=2&b=3");
        assertThat(r.parameters().all("a")).containsExactly("1", "2");
        assertThat(r.parameters().size()).isEqualTo(2);
    }

    @Test
    void percentEscapesPlusAndUtf8AreDecoded() {
        OgcRequest r = OgcRequest.get("/x?name=%E5%A4%AA%E5%8E%9F+city&cql=a%3D1%26b&empty=&flag");
        assertThat(r.parameter("NAME")).contains("太原 city");
        assertThat(r.parameter("cql")).contains("a=1&b");
        assertThat(r.parameter("empty")).contains("");
        assertThat(r.parameter("flag")).contains("");
        assertThat(r.rawQuery()).startsWith("name=%E5");
    }

    @Test
    void malformedEscapesAreA400Problem() {
        assertThatThrownBy(() -> OgcRequest.get("/x?a=%ZZ"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).contains("百分号").contains("percent");
                });
        assertThatThrownBy(() -> OgcRequest.get("/x?a=%4")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> OgcRequest.get("/x?a=%FF%FE")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void requiredParameterExplainsWhatIsMissing() {
        OgcRequest r = OgcRequest.get("/wms?service=WMS&version=");
        assertThat(r.requiredParameter("SERVICE")).isEqualTo("WMS");
        assertThatThrownBy(() -> r.requiredParameter("VERSION"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).contains("缺少必需参数 VERSION").contains("Missing required parameter VERSION");
                });
    }

    @Test
    void headersAreCaseInsensitive() {
        OgcRequest r = OgcRequest.builder().header("Content-Type", "text/xml").header("X-Thing", "a").build();
        assertThat(r.contentType()).contains("text/xml");
        assertThat(r.header("x-thing")).contains("a");
    }

    @Test
    void mountAndSubPathAndServiceUri() throws Exception {
        OgcRequest r = OgcRequest.builder().method("post").path("/ogc/collections/units").mountPath("/ogc")
                .baseUri(URI.create("http://example.test:8080/")).body("<x/>".getBytes(StandardCharsets.UTF_8)).build();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.subPath()).isEqualTo("/collections/units");
        assertThat(r.serviceUri()).hasToString("http://example.test:8080/ogc");
        assertThat(new String(r.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<x/>");
        assertThatThrownBy(() -> OgcRequest.builder().path("/other").mountPath("/ogc").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OgcRequest.builder().path("/ogcx").mountPath("/ogc").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
