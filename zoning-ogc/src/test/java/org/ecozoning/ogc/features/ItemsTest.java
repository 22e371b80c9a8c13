package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.TestScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /collections/{id}/items and /items/{featureId}: paging, limit, bbox, properties, parameters (Part 1 core + geojson). */
class ItemsTest extends FeaturesTestSupport {
    static final int COUNTIES = 119;

    @Test
    void firstPageOfCounties() {
        OgcResponse r = get("/collections/counties/items", null);
        JsonNode fc = ok(r, "application/geo+json");
        assertValid("featureCollectionGeoJSON", fc);
        assertThat(fc.path("numberMatched").asLong()).isEqualTo(COUNTIES);
        assertThat(fc.path("numberReturned").asLong()).isEqualTo(10);
        assertThat(fc.path("features")).hasSize(10);
        assertThat(Instant.parse(fc.path("timeStamp").asText())).isEqualTo(Instant.parse("2025-06-01T08:00:00Z"));
        assertThat(r.headers()).containsEntry("Content-Crs", "<" + CrsUris.CRS84 + ">");
        assertThat(link(fc, "self", "application/geo+json").path("href").asText()).isEqualTo(API + "/collections/counties/items?limit=10&f=json");
        assertThat(link(fc, "alternate", "text/html").path("href").asText()).isEqualTo(API + "/collections/counties/items?limit=10&f=html");
        assertThat(link(fc, "next", "application/geo+json").path("href").asText())
                .isEqualTo(API + "/collections/counties/items?limit=10&offset=10&f=json");
        assertThat(link(fc, "prev", null)).isNull();
        assertThat(link(fc, "collection", "application/json").path("href").asText()).isEqualTo(API + "/collections/counties?f=json");
        JsonNode f = fc.path("features").get(0);
        assertThat(f.path("id").asText()).isEqualTo("141002");
        assertThat(f.path("properties").path("name").asText()).isEqualTo("尧都区");
        assertThat(f.path("properties").path("cityCode").asText()).isEqualTo("141000");
        assertThat(f.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
    }

    @Test
    void followingNextLinksVisitsEveryFeatureOnce() {
        Set<String> seen = new LinkedHashSet<>();
        String next = API + "/collections/counties/items?limit=25";
        int pages = 0;
        while (next != null) {
            JsonNode fc = json(follow(next));
            assertValid("featureCollectionGeoJSON", fc);
            assertThat(fc.path("numberMatched").asLong()).isEqualTo(COUNTIES);
            List<String> ids = ids(fc);
            assertThat(fc.path("numberReturned").asLong()).isEqualTo(ids.size());
            for (String id : ids) assertThat(seen.add(id)).as("duplicate " + id).isTrue();
            JsonNode n = link(fc, "next", "application/geo+json");
            next = n == null ? null : n.path("href").asText();
            pages++;
        }
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(COUNTIES);
    }

    @Test
    void offsetAndPrevLinks() {
        JsonNode fc = json(get("/collections/counties/items", "limit=10&offset=15"));
        assertThat(ids(fc)).hasSize(10);
        assertThat(link(fc, "prev", "application/geo+json").path("href").asText())
                .isEqualTo(API + "/collections/counties/items?limit=10&offset=5&f=json");
        JsonNode back = json(follow(link(fc, "prev", null).path("href").asText()));
        assertThat(ids(back).subList(0, 10)).isEqualTo(ids(json(get("/collections/counties/items", "offset=5"))));
        JsonNode first = json(get("/collections/counties/items", "limit=10&offset=4"));
        assertThat(link(first, "prev", null).path("href").asText()).isEqualTo(API + "/collections/counties/items?limit=10&f=json");
        JsonNode last = json(get("/collections/counties/items", "limit=10&offset=110"));
        assertThat(ids(last)).hasSize(9);
        assertThat(link(last, "next", null)).isNull();
        JsonNode beyond = json(get("/collections/counties/items", "offset=500"));
        assertThat(beyond.path("numberReturned").asInt()).isZero();
        assertThat(beyond.path("numberMatched").asInt()).isEqualTo(COUNTIES);
        assertThat(link(beyond, "next", null)).isNull();
    }

    @Test
    void limitIsCappedAtTheMaximum() {
        FeaturesHandler small = new FeaturesHandler(FeaturesConfig.of(TestScheme.catalog()).withLimits(5, 50));
        JsonNode fc = json(get(small, "/collections/counties/items", "limit=100", null));
        assertThat(fc.path("numberReturned").asInt()).isEqualTo(50);
        assertThat(link(fc, "next", null).path("href").asText()).contains("limit=50&offset=50");
        assertThat(json(get(small, "/collections/counties/items", null, null)).path("numberReturned").asInt()).isEqualTo(5);
        assertThat(json(get("/collections/counties/items", "limit=1000")).path("numberReturned").asInt()).isEqualTo(COUNTIES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=-1", "limit=abc", "limit=1.5", "limit=", "offset=-1", "offset=x", "limit=10&limit=20"})
    void invalidPagingIs400(String query) {
        JsonNode p = problem(get("/collections/counties/items", query), 400);
        assertThat(p.path("parameter").asText()).isIn("limit", "offset");
        assertThat(p.path("detail").asText()).containsPattern("\\p{IsHan}").containsPattern("[a-z]{5,}");
    }

    @Test
    void bboxSelectsFeatures() {
        JsonNode fc = json(get("/collections/control_units/items", "bbox=112.45,37.72,112.52,37.78"));
        assertThat(ids(fc)).containsExactly("ZH14010510001", "ZH14010520001");
        assertThat(fc.path("numberMatched").asInt()).isEqualTo(2);
        JsonNode six = json(get("/collections/control_units/items", "bbox=112.45,37.72,0,112.52,37.78,1000"));
        assertThat(ids(six)).containsExactly("ZH14010510001", "ZH14010520001");
        JsonNode latLon = json(get("/collections/control_units/items",
                "bbox=37.72,112.45,37.78,112.52&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326"));
        assertThat(ids(latLon)).containsExactly("ZH14010510001", "ZH14010520001");
        double x1 = 112.45 * 20037508.342789244 / 180, x2 = 112.52 * 20037508.342789244 / 180;
        double y1 = Math.log(Math.tan(Math.toRadians(90 + 37.72) / 2)) * 6378137.0, y2 = Math.log(Math.tan(Math.toRadians(90 + 37.78) / 2)) * 6378137.0;
        JsonNode merc = json(get("/collections/control_units/items",
                "bbox=" + x1 + "," + y1 + "," + x2 + "," + y2 + "&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857"));
        assertThat(ids(merc)).containsExactly("ZH14010510001", "ZH14010520001");
        assertThat(json(get("/collections/control_units/items", "bbox=170,37,-170,38")).path("numberMatched").asInt())
                .as("antimeridian-crossing box").isZero();
        JsonNode counties = json(get("/collections/counties/items", "bbox=112.5,37.8,112.6,37.9&limit=100"));
        assertThat(ids(counties)).contains("140105", "140106").doesNotContain("141002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bbox=1,2,3", "bbox=1,2,3,4,5", "bbox=a,2,3,4", "bbox=1,95,3,96", "bbox=1,4,3,2", "bbox=1,2,3,NaN",
            "bbox=37.72,112.45,37.78,112.52&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857&x=1",
            "bbox=1,2,3,4&bbox-crs=EPSG:9999", "bbox=3,1,1,2&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857",
            "bbox=112.45,37.72,112.52,37.78&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326"})
    void invalidBboxIs400(String query) {
        JsonNode p = problem(get("/collections/control_units/items", query), 400);
        assertThat(p.path("parameter").asText()).isIn("bbox", "bbox-crs", "x");
    }

    @Test
    void propertiesSelection() {
        JsonNode fc = json(get("/collections/control_units/items", "properties=code,name&limit=1"));
        assertValid("featureCollectionGeoJSON", fc);
        JsonNode props = fc.path("features").get(0).path("properties");
        List<String> names = new ArrayList<>();
        props.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("code", "name");
        assertThat(fc.path("features").get(0).path("geometry").isObject()).isTrue();
        assertThat(link(fc, "next", null).path("href").asText()).contains("properties=code%2Cname");
        JsonNode none = json(get("/collections/control_units/items", "properties=&limit=1"));
        assertThat(none.path("features").get(0).path("properties").size()).isZero();
        problem(get("/collections/control_units/items", "properties=code,nope"), 400);
    }

    @Test
    void queryablesAsQueryParameters() {
        assertThat(ids(json(get("/collections/control_units/items", "class=KEY_CONTROL"))))
                .containsExactly("ZH14010520001", "ZH14010520002");
        assertThat(ids(json(get("/collections/control_units/items", "class=KEY_CONTROL&countyName=%E5%B0%8F%E5%BA%97%E5%8C%BA&name=nope")))).isEmpty();
        assertThat(ids(json(get("/collections/counties/items", "cityCode=140100&limit=100")))).hasSize(10).allMatch(id -> id.startsWith("1401"));
        JsonNode p = problem(get("/collections/control_units/items", "areaKm2=big"), 400);
        assertThat(p.path("parameter").asText()).isEqualTo("areaKm2");
    }

    @Test
    void unknownParameterIs400() {
        JsonNode p = problem(get("/collections/counties/items", "foo=bar"), 400);
        assertThat(p.path("parameter").asText()).isEqualTo("foo");
        assertThat(p.path("type").asText()).endsWith("/unknown-parameter");
        assertThat(p.path("detail").asText()).contains("不支持参数 foo").contains("does not define the query parameter foo");
        problem(get("/collections/counties/items/141002", "limit=5"), 400);
        problem(get("/collections/counties", "limit=5"), 400);
        problem(get("/", "bbox=1,2,3,4"), 400);
        problem(get("/conformance", "x=1"), 400);
        problem(get("/api", "x=1"), 400);
        problem(get("/collections", "x=1"), 400);
        problem(get("/collections/counties/queryables", "x=1"), 400);
        assertThat(get("/collections", "F=json").status()).as("parameter names are case-insensitive").isEqualTo(200);
    }

    @Test
    void featureById() {
        OgcResponse r = get("/collections/control_units/items/ZH14010520001", null);
        JsonNode f = ok(r, "application/geo+json");
        assertValid("featureGeoJSON", f);
        assertThat(f.path("type").asText()).isEqualTo("Feature");
        assertThat(f.path("id").asText()).isEqualTo("ZH14010520001");
        assertThat(f.path("properties").path("name").asText()).isEqualTo("太原不锈钢产业园区");
        assertThat(f.path("properties").path("areaKm2").isNumber()).isTrue();
        assertThat(f.path("geometry").path("type").asText()).isEqualTo("Polygon");
        assertThat(f.path("geometry").path("coordinates").get(0).get(0).get(0).asDouble()).isEqualTo(112.5);
        assertThat(r.headers()).containsEntry("Content-Crs", "<" + CrsUris.CRS84 + ">");
        assertThat(link(f, "self", "application/geo+json").path("href").asText()).isEqualTo(API + "/collections/control_units/items/ZH14010520001?f=json");
        assertThat(link(f, "alternate", "text/html").path("href").asText()).isEqualTo(API + "/collections/control_units/items/ZH14010520001?f=html");
        assertThat(link(f, "collection", "application/json").path("href").asText()).isEqualTo(API + "/collections/control_units?f=json");
        JsonNode zone = json(get("/collections/river_zones/items/fen-1", null));
        assertThat(zone.path("properties").path("name").asText()).isEqualTo("汾河岸线（小店段）");
    }

    @Test
    void featureByIdMatchesTheCollectionItem() {
        JsonNode fc = json(get("/collections/counties/items", "limit=3&offset=40"));
        for (JsonNode item : fc.path("features")) {
            JsonNode one = json(get("/collections/counties/items/" + item.path("id").asText(), null));
            assertThat(one.path("properties")).isEqualTo(item.path("properties"));
            assertThat(one.path("geometry")).isEqualTo(item.path("geometry"));
        }
    }

    @Test
    void missingFeatureIs404Problem() {
        JsonNode p = problem(get("/collections/control_units/items/ZH0000", null), 404);
        assertThat(p.path("detail").asText()).contains("ZH0000").contains("没有要素").contains("has no feature");
        assertThat(p.path("instance").asText()).isEqualTo(API + "/collections/control_units/items/ZH0000");
        assertThat(p.path("title").asText()).isEqualTo("未找到 / Not found");
    }

    @Test
    void datetimeIsAccepted() {
        for (String dt : List.of("2024-05-01T00:00:00Z", "2024-05-01", "2024-01-01T00:00:00Z/2024-12-31T23:59:59Z", "../2024-01-01T00:00:00Z",
                "2024-01-01T00:00:00%2B08:00/..")) {
            JsonNode fc = ok(get("/collections/control_units/items", "datetime=" + dt), "application/geo+json");
            assertThat(fc.path("numberMatched").asInt()).as(dt).isEqualTo(5);
            assertThat(link(fc, "next", null)).isNull();
        }
        for (String dt : List.of("yesterday", "2024-13-01", "2025-01-01T00:00:00Z/2024-01-01T00:00:00Z", "..", "2024-01-01/2024-02-01/2024-03-01")) {
            JsonNode p = problem(get("/collections/control_units/items", "datetime=" + dt), 400);
            assertThat(p.path("parameter").asText()).as(dt).isEqualTo("datetime");
        }
    }
}
