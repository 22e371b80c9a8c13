package org.ecozoning.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GetMapRequestsAndOptionsTest {
    private static final Pattern BBOX = Pattern.compile("BBOX=([-0-9.]+),([-0-9.]+),([-0-9.]+),([-0-9.]+)&WIDTH=(\\d+)&HEIGHT=(\\d+)");

    @Test
    void boxesAreSeededInsideShanxiWithTheImageAspectAndEveryZoomLevel() {
        List<RequestLine> a = GetMapRequests.requests(1024, 768, "control_units", 64, 7);
        assertThat(a).hasSize(64).isEqualTo(GetMapRequests.requests(1024, 768, "control_units", 64, 7));
        assertThat(a).isNotEqualTo(GetMapRequests.requests(1024, 768, "control_units", 64, 8));
        Map<Long, Integer> perSpan = new HashMap<>();
        for (RequestLine r : a) {
            assertThat(r.suffix()).contains("LAYERS=control_units", "CRS=EPSG:4326", "FORMAT=image/png", "VERSION=1.3.0");
            Matcher m = BBOX.matcher(r.suffix());
            assertThat(m.find()).isTrue();
            double lat0 = Double.parseDouble(m.group(1)), lon0 = Double.parseDouble(m.group(2));
            double lat1 = Double.parseDouble(m.group(3)), lon1 = Double.parseDouble(m.group(4));
            assertThat(lon0).isGreaterThanOrEqualTo(GetMapRequests.MIN_LON - 1e-6);
            assertThat(lon1).isLessThanOrEqualTo(GetMapRequests.MAX_LON + 1e-6);
            assertThat(lat0).isGreaterThanOrEqualTo(GetMapRequests.MIN_LAT - 1e-6);
            assertThat(lat1).isLessThanOrEqualTo(GetMapRequests.MAX_LAT + 1e-6);
            assertThat((lat1 - lat0) / (lon1 - lon0)).isBetween(0.75 - 1e-3, 0.75 + 1e-3);
            perSpan.merge(Math.round((lon1 - lon0) * 100), 1, Integer::sum);
        }
        assertThat(perSpan).containsOnlyKeys(440L, 100L, 25L, 5L).containsValues(16);
    }

    @Test
    void commandLineNeedsCaseRequestsAndTargets() {
        HttpLoad.Options o = HttpLoad.parse(new String[] {"--case", "x", "--requests", "r.txt", "--target", "a=http://h/wms?", "--target",
            "b=http://h/ms?x=1&", "--concurrency", "1, 8", "--check", "png:10x10"});
        assertThat(o.targets()).hasSize(2);
        assertThat(o.targets().get(1)).containsExactly("b", "http://h/ms?x=1&");
        assertThat(o.concurrency()).containsExactly(1, 8);
        assertThatThrownBy(() -> HttpLoad.parse(new String[] {"--case", "x"})).hasMessageContaining("required");
        assertThatThrownBy(() -> HttpLoad.parse(new String[] {"--case", "x", "--requests", "r", "--target", "nourl"}))
                .hasMessageContaining("NAME=URL-PREFIX");
        assertThatThrownBy(() -> HttpLoad.parse(new String[] {"--bogus", "1"})).hasMessageContaining("unknown option");
    }

    @Test
    void httpTargetCountsOnlyStatus200ThatPassesTheCheck() throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", ex -> {
            byte[] body;
            int status = 200;
            String q = ex.getRequestURI().getQuery();
            try {
                body = q.contains("png") ? ResponseCheckTest.png(4, 2) : q.contains("err") ? "<error/>".getBytes() : "{}".getBytes();
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
            if (q.contains("500")) status = 500;
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        s.start();
        try {
            String prefix = "http://127.0.0.1:" + s.getAddress().getPort() + "/x?";
            HttpTarget png = new HttpTarget("p", prefix, ResponseCheck.png(4, 2));
            assertThat(png.call(RequestLine.of("k=png"))).isPositive();
            assertThatThrownBy(() -> png.call(RequestLine.of("k=err"))).hasMessageContaining("not a PNG");
            assertThatThrownBy(() -> png.call(RequestLine.of("k=png500"))).hasMessageContaining("HTTP 500");
            HttpTarget json = new HttpTarget("j", prefix, ResponseCheck.json());
            assertThat(json.call(new RequestLine("POST", "k=json", "application/json", "{}"))).isEqualTo(2);
        } finally {
            s.stop(0);
        }
    }
}
