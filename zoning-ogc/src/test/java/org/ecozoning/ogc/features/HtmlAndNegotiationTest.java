package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.TestScheme;
import org.junit.jupiter.api.Test;

/** Content negotiation (f and Accept) and the HTML encoding (Part 1 html conformance). */
class HtmlAndNegotiationTest extends FeaturesTestSupport {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    static final List<String> PATHS = List.of("/", "/conformance", "/api", "/collections", "/collections/control_units",
            "/collections/control_units/items", "/collections/control_units/items/ZH14010520001", "/collections/control_units/queryables");

    static String html(OgcResponse r) {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("text/html; charset=UTF-8");
        String s = r.bodyText();
        assertThat(s).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("name=\"viewport\"").doesNotContain("<script");
        return s;
    }

    @Test
    void everyResourceHasAnHtmlPageByParameterAndByAccept() {
        for (String p : PATHS) {
            String byF = html(get(p, "f=html"));
            String byAccept = html(accept(p, BROWSER));
            assertThat(byAccept).isEqualTo(byF);
            assertThat(byF).as(p).containsPattern("\\p{IsHan}");
            if (!p.equals("/")) assertThat(byF).as(p).contains("首页 Home");
        }
    }

    @Test
    void jsonByAcceptHeader() {
        assertThat(accept("/", "application/json").contentType()).isEqualTo("application/json");
        assertThat(accept("/", "*/*").contentType()).isEqualTo("application/json");
        assertThat(accept("/", "text/html;q=0.1, application/json").contentType()).isEqualTo("application/json");
        assertThat(accept("/", "application/xml").contentType()).as("nothing acceptable: JSON").isEqualTo("application/json");
        assertThat(accept("/collections/counties/items", "application/geo+json").contentType()).isEqualTo("application/geo+json");
        assertThat(accept("/collections/counties/items", "application/json").contentType()).isEqualTo("application/geo+json");
        assertThat(accept("/collections/counties/items", "application/geo+json, text/html;q=0.5").contentType()).isEqualTo("application/geo+json");
        assertThat(accept("/api", "application/vnd.oai.openapi+json;version=3.0").contentType()).startsWith("application/vnd.oai.openapi+json");
        assertThat(accept("/collections/counties/queryables", "application/schema+json").contentType()).isEqualTo("application/schema+json");
        assertThat(get(HANDLER, "/", "f=json", BROWSER).contentType()).as("f wins over Accept").isEqualTo("application/json");
        assertThat(accept("/", BROWSER).headers()).containsEntry("Vary", "Accept");
    }

    @Test
    void unknownFormatIs400() {
        JsonNode p = problem(get("/", "f=xml"), 400);
        assertThat(p.path("parameter").asText()).isEqualTo("f");
        problem(get("/collections/counties/items", "f=gml"), 400);
    }

    @Test
    void itemsPageIsATableWithPaging() {
        String s = html(get("/collections/counties/items", "f=html&limit=5&offset=5"));
        assertThat(s.split("<tr>", -1).length - 1).as("header row + 5 features").isEqualTo(6);
        assertThat(s).contains("共匹配 119 个要素").contains("119 features matched").contains("名称<br><span class=\"en\">name</span>")
                .contains("href=\"" + API + "/collections/counties/items?limit=5&amp;offset=10&amp;f=html\"")
                .contains("href=\"" + API + "/collections/counties/items?limit=5&amp;f=html\"")
                .contains("href=\"" + API + "/collections/counties/items/");
    }

    @Test
    void featurePageShowsTheProperties() {
        String s = html(get("/collections/control_units/items/ZH14010520001", "f=html"));
        assertThat(s).contains("太原不锈钢产业园区").contains("单元名称").contains("KEY_CONTROL").contains("Polygon")
                .contains("/collections/control_units/items/ZH14010520001?f=json");
    }

    @Test
    void errorsAreHtmlPagesForBrowsers() {
        OgcResponse r = accept("/collections/nope", BROWSER);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.bodyText()).contains("没有集合 nope").contains("Error 404");
        OgcResponse bad = get(HANDLER, "/collections/counties/items", "limit=0", BROWSER);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.bodyText()).contains("limit");
    }

    @Test
    void everythingIsEscaped() {
        String evil = "<script>alert('x')</script>&\"";
        FeatureType type = new FeatureType("evil", evil, evil, "geometry", "MultiPolygon",
                List.of(new AttributeDescriptor("note", AttributeType.STRING, evil)));
        Feature f = new Feature(type, "a<b", new Object[] {evil}, TestScheme.box(112, 37, 113, 38));
        LayerInfo layer = new LayerInfo("evil", new MemoryFeatureSource(type, List.of(f)), evil, evil, evil, evil, List.of(evil), null);
        FeaturesHandler h = new FeaturesHandler(FeaturesConfig.of(new LayerCatalog(List.of(layer))));
        for (String p : List.of("/collections", "/collections/evil", "/collections/evil/items", "/collections/evil/items/a<b",
                "/collections/evil/queryables", "/api", "/nope<script>")) {
            OgcResponse r = get(h, p, "f=html", null);
            String s = r.bodyText();
            assertThat(s).as(p).doesNotContain("<script").doesNotContain("alert('x')");
            if (r.status() == 200 && !p.equals("/api")) assertThat(s).as(p).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
        }
        assertThat(get(h, "/collections/evil/items/a<b", "f=html", null).bodyText()).contains("a&lt;b");
        JsonNode item = json(get(h, "/collections/evil/items", null, null));
        assertThat(item.path("features").get(0).path("properties").path("note").asText()).as("JSON keeps the raw text").isEqualTo(evil);
        JsonNode one = json(get(h, "/collections/evil/items/a<b", null, null));
        assertThat(link(one, "self", null).path("href").asText()).contains("/items/a%3Cb?");
    }
}
