package org.ecozoning.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

class LandingPageTest {

    @Test
    void listsTheGivenServicesInOrderAndEscapesThem() {
        String html = LandingPage.render(List.of(
                new ServiceEntry("/wms?SERVICE=WMS&REQUEST=GetCapabilities", "网络地图服务", "Web Map Service", "地图", "Maps"),
                new ServiceEntry("/health", "健康检查", "Health check", "状态", "Status")), "1.2.3");
        assertThat(html).contains("href=\"/wms?SERVICE=WMS&amp;REQUEST=GetCapabilities\"");
        assertThat(html.indexOf("网络地图服务")).isLessThan(html.indexOf("健康检查"));
        assertThat(html).contains("ecozoning 1.2.3");
        assertThat(html.split("<li>", -1)).hasSize(3);
    }

    @Test
    void withoutServicesTheListIsEmptyNotPadded() {
        String html = LandingPage.render(List.of(), "1");
        assertThat(html).doesNotContain("<li>");
    }

    @Test
    void onlyGetAndHeadAreAllowed() {
        LandingPage page = new LandingPage(List.of(), "1");
        OgcResponse get = page.handle(OgcRequest.builder("GET", "/").build());
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.contentType()).isEqualTo("text/html;charset=utf-8");
        OgcResponse post = page.handle(OgcRequest.builder("POST", "/").build());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.headers()).containsEntry("Allow", "GET, HEAD");
    }
}
