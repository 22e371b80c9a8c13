package org.ecozoning.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

class OwsDispatcherSniffTest {

    private static String sniff(String xml) {
        return OwsDispatcher.sniff(new BufferedInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void rootElementNamespaceDecidesTheService() {
        assertThat(sniff("<?xml version=\"1.0\"?><wps:Execute xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" "
                + "xmlns:wps=\"http://www.opengis.net/wps/1.0.0\"/>")).isEqualTo("WPS");
        assertThat(sniff("<!-- c --><GetFeature xmlns=\"http://www.opengis.net/wfs/2.0\" version=\"2.0.0\"/>")).isEqualTo("WFS");
        assertThat(sniff("<wfs:GetFeature xmlns:wfs='http://www.opengis.net/wfs'/>")).isEqualTo("WFS");
        assertThat(sniff("<x:Other xmlns:x=\"urn:nothing\"/>")).isNull();
        assertThat(sniff("not xml")).isNull();
    }

    @Test
    void aPostWithoutServiceGoesToTheServiceOfItsBodyAndTheBodyIsReadWhole() {
        StringBuilder seen = new StringBuilder();
        OwsDispatcher d = new OwsDispatcher()
                .service("WFS", r -> OgcResponse.ok("text/plain", "wfs"))
                .service("WPS", r -> {
                    try {
                        seen.append(new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return OgcResponse.ok("text/plain", "wps");
                });
        String body = "<wps:Execute xmlns:wps=\"http://www.opengis.net/wps/1.0.0\">" + "x".repeat(20_000) + "</wps:Execute>";
        OgcResponse r = d.handle(OgcRequest.builder("POST", "/").body(body.getBytes(StandardCharsets.UTF_8)).build());
        assertThat(r.bodyText()).isEqualTo("wps");
        assertThat(seen.toString()).isEqualTo(body);
        OgcResponse other = d.handle(OgcRequest.builder("POST", "/").body("<a/>".getBytes(StandardCharsets.UTF_8)).build());
        assertThat(other.bodyText()).isEqualTo("wfs");
    }
}
