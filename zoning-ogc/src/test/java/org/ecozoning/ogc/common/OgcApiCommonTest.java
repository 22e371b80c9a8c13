package org.ecozoning.ogc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.Query;
import org.ecozoning.feature.filter.Filter;
import org.junit.jupiter.api.Test;

/** The pieces of ogc.common added for OGC API: negotiation, datetime, HTML escaping, problems, shared GeoJSON feature writer. */
class OgcApiCommonTest {
    private static final List<String> OFFERED = List.of("application/geo+json", "application/json", "text/html");

    @Test
    void mediaNegotiation() {
        assertThat(MediaNegotiation.choose(null, OFFERED)).isEqualTo("application/geo+json");
        assertThat(MediaNegotiation.choose("", OFFERED)).isEqualTo("application/geo+json");
        assertThat(MediaNegotiation.choose("*/*", OFFERED)).isEqualTo("application/geo+json");
        assertThat(MediaNegotiation.choose("text/html", OFFERED)).isEqualTo("text/html");
        assertThat(MediaNegotiation.choose("TEXT/HTML; charset=utf-8", OFFERED)).isEqualTo("text/html");
        assertThat(MediaNegotiation.choose("text/*", OFFERED)).isEqualTo("text/html");
        assertThat(MediaNegotiation.choose("application/json", OFFERED)).isEqualTo("application/json");
        assertThat(MediaNegotiation.choose("text/html;q=0.5, application/json;q=0.9", OFFERED)).isEqualTo("application/json");
        assertThat(MediaNegotiation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", OFFERED)).isEqualTo("text/html");
        assertThat(MediaNegotiation.choose("application/*;q=0.2, text/html;q=0.1", OFFERED)).isEqualTo("application/geo+json");
        assertThat(MediaNegotiation.choose("*/*, text/html;q=0", OFFERED)).as("q=0 refuses").isEqualTo("application/geo+json");
        assertThat(MediaNegotiation.choose("text/html;q=0", List.of("text/html"))).isNull();
        assertThat(MediaNegotiation.choose("image/png", OFFERED)).isNull();
        assertThat(MediaNegotiation.choose("garbage, ;;, text/html;q=abc", OFFERED)).isNull();
        assertThat(MediaNegotiation.choose("application/vnd.oai.openapi+json", List.of("application/vnd.oai.openapi+json;version=3.0", "text/html")))
                .isEqualTo("application/vnd.oai.openapi+json;version=3.0");
    }

    @Test
    void dateTimeInstantsAndIntervals() {
        DateTimeInterval i = DateTimeInterval.parse("2024-05-01T08:00:00Z");
        assertThat(i.isInstant()).isTrue();
        assertThat(i.start()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
        assertThat(DateTimeInterval.parse("2024-05-01T16:00:00+08:00")).isEqualTo(i);
        assertThat(DateTimeInterval.parse("2024-05-01t08:00:00z")).isEqualTo(i);
        DateTimeInterval day = DateTimeInterval.parse("2024-05-01");
        assertThat(day.start()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2024-05-01T23:59:59.999999999Z"));
        assertThat(day.contains(Instant.parse("2024-05-01T23:00:00Z"))).isTrue();
        assertThat(day.contains(Instant.parse("2024-05-02T00:00:00Z"))).isFalse();
        DateTimeInterval open = DateTimeInterval.parse("../2024-01-01T00:00:00Z");
        assertThat(open.start()).isNull();
        assertThat(DateTimeInterval.parse("/2024-01-01T00:00:00Z")).isEqualTo(open);
        assertThat(DateTimeInterval.parse("2024-01-01T00:00:00Z/").end()).isNull();
        assertThat(DateTimeInterval.parse("2024-01-01/2024-01-31").end()).isEqualTo(Instant.parse("2024-01-31T23:59:59.999999999Z"));
        assertThat(open.intersects(Instant.parse("2023-01-01T00:00:00Z"), null)).isTrue();
        assertThat(open.intersects(Instant.parse("2025-01-01T00:00:00Z"), null)).isFalse();
        assertThat(DateTimeInterval.parse("../2024-01-01T00:00:00Z").toString()).isEqualTo("../2024-01-01T00:00:00Z");
        assertThat(i.toString()).isEqualTo("2024-05-01T08:00:00Z");
        for (String bad : List.of("", "..", "2024", "2024-02-30", "2024-05-01T08:00:00", "a/b", "2024-01-02/2024-01-01", "1/2/3")) {
            assertThatThrownBy(() -> DateTimeInterval.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(" / ");
        }
    }

    @Test
    void htmlEscaping() {
        assertThat(Html.esc("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Html.esc(null)).isEmpty();
        assertThat(Html.link("/a?b=1&c=<2>", "x<y")).isEqualTo("<a href=\"/a?b=1&amp;c=&lt;2&gt;\">x&lt;y</a>");
        assertThat(Html.bilingual("中", "en")).isEqualTo("中 <span class=\"en\">en</span>");
        assertThat(Html.bilingual("同", "同")).isEqualTo("同");
        String page = Html.page("t<", "s", "/", "", "<p>b</p>", "");
        assertThat(page).contains("<title>t&lt;</title>").contains("<p>b</p>").doesNotContain("<footer>");
    }

    @Test
    void problemDocument() throws Exception {
        ProblemException e = ProblemException.invalidParameter("limit", "应为正整数", "must be positive").with("position", 3)
                .with("allowed", List.of("a", "b"));
        OgcResponse r = ProblemResponse.of(e, "http://x/items");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        JsonNode doc = new ObjectMapper().readTree(r.bodyBytes());
        assertThat(doc.path("type").asText()).isEqualTo("https://ecozoning.org/problems/invalid-parameter");
        assertThat(doc.path("title").asText()).isEqualTo("参数无效 / Invalid parameter");
        assertThat(doc.path("status").asInt()).isEqualTo(400);
        assertThat(doc.path("detail").asText()).isEqualTo("参数 limit 无效：应为正整数 / invalid value of parameter limit: must be positive");
        assertThat(doc.path("instance").asText()).isEqualTo("http://x/items");
        assertThat(doc.path("parameter").asText()).isEqualTo("limit");
        assertThat(doc.path("position").asInt()).isEqualTo(3);
        assertThat(doc.path("allowed").get(1).asText()).isEqualTo("b");
        OgcResponse m = ProblemResponse.of(ProblemException.methodNotAllowed("PUT", "GET"), null);
        assertThat(m.headers()).containsEntry("Allow", "GET");
        assertThat(new ObjectMapper().readTree(m.bodyBytes()).has("instance")).isFalse();
    }

    @Test
    void sharedGeoJsonFeatureWriterHonoursAxisOrderWhenAsked() throws Exception {
        CrsSupport crs = new Proj4jCrsSupport();
        Feature f;
        try (FeatureCursor c = TestScheme.catalog().get("control_units").source()
                .features(Query.filter(new Filter.Ids(java.util.Set.of("ZH14010520001"))))) {
            f = c.next();
        }
        Crs latFirst = crs.parse("http://www.opengis.net/def/crs/EPSG/0/4326");
        JsonNode lonLat = write(crs, f, latFirst, false), latLon = write(crs, f, latFirst, true);
        JsonNode p1 = lonLat.path("geometry").path("coordinates").get(0).get(0), p2 = latLon.path("geometry").path("coordinates").get(0).get(0);
        assertThat(p1.get(0).asDouble()).isEqualTo(112.5);
        assertThat(p2.get(0).asDouble()).isEqualTo(37.7);
        assertThat(lonLat.path("id").asText()).isEqualTo("X");
        assertThat(lonLat.path("properties").path("areaKm2").isDouble()).isTrue();
        assertThat(lonLat.path("extra").asInt()).isEqualTo(1);
    }

    private static JsonNode write(CrsSupport crs, Feature f, Crs target, boolean axisOrder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            new GeoJsonFeatureWriter(crs).write(g, f, "X", target, axisOrder, n -> true, gen -> gen.writeNumberField("extra", 1));
        }
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
