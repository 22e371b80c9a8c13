package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** OGC API – Features Part 3: filter, filter-lang and filter-crs on the items resource. */
class FilterTest extends FeaturesTestSupport {
    static String q(String cql) { return "filter=" + URLEncoder.encode(cql, StandardCharsets.UTF_8); }

    @Test
    void cql2TextFilter() {
        JsonNode fc = json(get("/collections/control_units/items", q("class = 'KEY_CONTROL'")));
        assertValid("featureCollectionGeoJSON", fc);
        assertThat(ids(fc)).containsExactly("ZH14010520001", "ZH14010520002");
        assertThat(fc.path("numberMatched").asInt()).isEqualTo(2);
        assertThat(ids(json(get("/collections/control_units/items", q("class = 'KEY_CONTROL'") + "&filter-lang=cql2-text"))))
                .containsExactly("ZH14010520001", "ZH14010520002");
    }

    @Test
    void filterCombinesWithBboxAndParameters() {
        assertThat(ids(json(get("/collections/control_units/items", q("class = 'KEY_CONTROL'") + "&bbox=112.55,37.72,112.58,37.78"))))
                .containsExactly("ZH14010520001");
        assertThat(ids(json(get("/collections/control_units/items", q("countyName = '小店区'") + "&class=PRIORITY_PROTECTION"))))
                .containsExactly("ZH14010510001");
    }

    @Test
    void pagingKeepsTheFilter() {
        JsonNode fc = json(get("/collections/counties/items", q("cityCode = '140100' OR cityCode = '140200'") + "&limit=4"));
        long matched = fc.path("numberMatched").asLong();
        assertThat(matched).isGreaterThan(8);
        int total = 0;
        while (true) {
            for (JsonNode f : fc.path("features")) assertThat(f.path("properties").path("cityCode").asText()).isIn("140100", "140200");
            total += fc.path("features").size();
            JsonNode next = link(fc, "next", null);
            if (next == null) break;
            assertThat(next.path("href").asText()).contains("filter=");
            fc = json(follow(next.path("href").asText()));
        }
        assertThat(total).isEqualTo(matched);
    }

    @Test
    void spatialFilterWithFilterCrs() {
        assertThat(ids(json(get("/collections/control_units/items", q("S_INTERSECTS(geometry, POINT(112.55 37.75))")))))
                .containsExactly("ZH14010520001");
        assertThat(ids(json(get("/collections/control_units/items", q("S_INTERSECTS(geometry, POINT(37.75 112.55))")
                + "&filter-crs=http://www.opengis.net/def/crs/EPSG/0/4326")))).containsExactly("ZH14010520001");
        assertThat(ids(json(get("/collections/counties/items", q("S_INTERSECTS(geometry, POINT(112.56 37.79))")))))
                .as("the county under the point").hasSize(1);
    }

    @Test
    void syntaxErrorIs400WithPosition() {
        JsonNode p = problem(get("/collections/control_units/items", q("class = 'x' AND")), 400);
        assertThat(p.path("type").asText()).endsWith("/invalid-filter");
        assertThat(p.path("parameter").asText()).isEqualTo("filter");
        assertThat(p.path("position").asInt()).isEqualTo(16);
        assertThat(p.path("filter").asText()).isEqualTo("class = 'x' AND");
        assertThat(p.path("detail").asText()).contains("第 16 个字符").contains("at character 16");
    }

    @Test
    void unknownPropertyIs400() {
        JsonNode p = problem(get("/collections/counties/items", q("population > 1000")), 400);
        assertThat(p.path("position").asInt()).isEqualTo(1);
        assertThat(p.path("detail").asText()).contains("population").contains("queryables");
    }

    @Test
    void otherFilterLanguagesAndCrsAre400() {
        assertThat(problem(get("/collections/counties/items", q("{\"op\":\"=\"}") + "&filter-lang=cql2-json"), 400)
                .path("parameter").asText()).isEqualTo("filter-lang");
        assertThat(problem(get("/collections/counties/items", q("name = 'x'") + "&filter-crs=EPSG:4326"), 400)
                .path("parameter").asText()).isEqualTo("filter-crs");
        assertThat(problem(get("/collections/counties/items", "filter="), 400).path("parameter").asText()).isEqualTo("filter");
    }
}
