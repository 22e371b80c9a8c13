package org.ecozoning.ogc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The KVP and header rules of {@link OgcRequest} that every OGC adapter relies on. */
class OgcRequestTest {

    @Test
    void kvpNamesAreCaseInsensitiveAndValuesKeepTheirCase() {
        OgcRequest r = OgcRequest.builder("get", "/").query("SERVICE=WMS&Request=GetMap&layers=Units,Zones").build();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.param("service")).isEqualTo("WMS");
        assertThat(r.param("Service")).isEqualTo("WMS");
        assertThat(r.param("REQUEST")).isEqualTo("GetMap");
        assertThat(r.param("LAYERS")).isEqualTo("Units,Zones");
        assertThat(r.param("bbox")).isNull();
        assertThat(r.param("bbox", "none")).isEqualTo("none");
    }

    @Test
    void repeatedKeysInDifferentCaseAreOneNameWithSeveralValues() {
        OgcRequest r = OgcRequest.builder("GET", "/").query("a=1&A=2&b=3").build();
        assertThat(r.params("a")).containsExactly("1", "2");
        assertThat(r.params()).hasSize(2);
    }

    @Test
    void percentEscapesPlusAndUtf8AreDecoded() {
        OgcRequest r = OgcRequest.builder("GET", "/").query("name=%E5%A4%AA%E5%8E%9F+city&cql=a%3D1%26b&empty=&flag").build();
        assertThat(r.param("NAME")).isEqualTo("太原 city");
        assertThat(r.param("cql")).isEqualTo("a=1&b");
        assertThat(r.param("empty")).isEmpty();
        assertThat(r.params("flag")).containsExactly("");
    }

    @Test
    void headersAreCaseInsensitive() throws Exception {
        OgcRequest r = OgcRequest.builder("POST", "/x").header("Content-Type", "text/xml")
                .body("<x/>".getBytes(StandardCharsets.UTF_8)).build();
        assertThat(r.header("content-type")).isEqualTo("text/xml");
        assertThat(r.header("CONTENT-TYPE")).isEqualTo("text/xml");
        assertThat(new String(r.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<x/>");
    }
}
