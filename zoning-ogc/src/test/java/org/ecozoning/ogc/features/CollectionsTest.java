package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.ogc.common.DateTimeInterval;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.TestScheme;
import org.ecozoning.ogc.common.VersionSelector;
import org.junit.jupiter.api.Test;

/** /collections, /collections/{id} (extent, CRS list, storage CRS, links) and /collections/{id}/queryables. */
class CollectionsTest extends FeaturesTestSupport {
    static final List<String> CRS = List.of(CrsUris.CRS84, "http://www.opengis.net/def/crs/EPSG/0/4490",
            "http://www.opengis.net/def/crs/EPSG/0/4326", "http://www.opengis.net/def/crs/EPSG/0/3857",
            "http://www.opengis.net/def/crs/EPSG/0/4546", "http://www.opengis.net/def/crs/EPSG/0/4547");

    @Test
    void collectionsListEveryLayer() {
        JsonNode doc = ok(get("/collections", null), "application/json");
        assertValid("collections", doc);
        List<String> ids = new ArrayList<>();
        doc.path("collections").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(TestScheme.catalog().layers().stream().map(LayerInfo::name).toList());
        assertThat(link(doc, "self", "application/json").path("href").asText()).isEqualTo(API + "/collections?f=json");
        assertThat(link(doc, "alternate", "text/html")).isNotNull();
        for (JsonNode c : doc.path("collections")) {
            JsonNode items = link(c, "items", "application/geo+json");
            assertThat(items).as(c.path("id").asText()).isNotNull();
            assertThat(items.path("href").asText()).isEqualTo(API + "/collections/" + c.path("id").asText() + "/items?f=json");
            assertThat(follow(items.path("href").asText()).status()).isEqualTo(200);
        }
    }

    @Test
    void collectionHasExtentCrsAndLinks() {
        JsonNode c = ok(get("/collections/control_units", null), "application/json");
        assertValid("collection", c);
        assertThat(c.path("id").asText()).isEqualTo("control_units");
        assertThat(c.path("title").asText()).isEqualTo("环境管控单元 / Environmental control units");
        assertThat(c.path("itemType").asText()).isEqualTo("feature");
        JsonNode bbox = c.path("extent").path("spatial").path("bbox").get(0);
        assertThat(bbox.get(0).asDouble()).isEqualTo(112.40);
        assertThat(bbox.get(1).asDouble()).isEqualTo(37.70);
        assertThat(bbox.get(2).asDouble()).isEqualTo(112.70);
        assertThat(bbox.get(3).asDouble()).isEqualTo(37.95);
        assertThat(c.path("extent").path("spatial").path("crs").asText()).isEqualTo(CrsUris.CRS84);
        assertThat(c.path("extent").has("temporal")).as("no versions known: no temporal extent").isFalse();
        List<String> crs = new ArrayList<>();
        c.path("crs").forEach(x -> crs.add(x.asText()));
        assertThat(crs).containsExactlyElementsOf(CRS);
        assertThat(c.path("storageCrs").asText()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/4490");
        assertThat(link(c, "self", "application/json").path("href").asText()).isEqualTo(API + "/collections/control_units?f=json");
        assertThat(link(c, "items", "text/html")).isNotNull();
        JsonNode q = link(c, "http://www.opengis.net/def/rel/ogc/1.0/queryables", "application/schema+json");
        assertThat(follow(q.path("href").asText()).contentType()).isEqualTo("application/schema+json");
    }

    @Test
    void emptyLayerHasNoSpatialExtent() {
        JsonNode c = ok(get("/collections/noise_zones", null), "application/json");
        assertValid("collection", c);
        assertThat(c.has("extent")).isFalse();
        assertThat(json(get("/collections/noise_zones/items", null)).path("numberMatched").asLong()).isZero();
    }

    @Test
    void temporalExtentComesFromTheVersionHook() {
        DateTimeInterval span = DateTimeInterval.parse("2021-06-30T00:00:00Z/..");
        VersionSelector versions = new VersionSelector() {
            @Override public LayerCatalog current() { return TestScheme.catalog(); }

            @Override public LayerCatalog select(DateTimeInterval when) { return TestScheme.catalog(); }

            @Override public DateTimeInterval temporalExtent() { return span; }
        };
        FeaturesHandler h = new FeaturesHandler(FeaturesConfig.of(TestScheme.catalog()).withVersions(versions));
        JsonNode c = json(get(h, "/collections/counties", null, null));
        assertValid("collection", c);
        JsonNode interval = c.path("extent").path("temporal").path("interval").get(0);
        assertThat(interval.get(0).asText()).isEqualTo("2021-06-30T00:00:00Z");
        assertThat(interval.get(1).isNull()).isTrue();
        assertThat(c.path("extent").path("temporal").path("trs").asText()).isEqualTo("http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
    }

    @Test
    void unknownCollectionIs404() {
        JsonNode p = problem(get("/collections/nope", null), 404);
        assertThat(p.path("detail").asText()).contains("没有集合 nope").contains("no collection nope");
        problem(get("/collections/nope/items", null), 404);
        problem(get("/collections/nope/items/1", null), 404);
        problem(get("/collections/nope/queryables", null), 404);
        problem(get("/collections/zoning:control_units", null), 404);
    }

    @Test
    void queryablesAreAJsonSchema() {
        OgcResponse r = get("/collections/control_units/queryables", null);
        JsonNode q = ok(r, "application/schema+json");
        assertThat(JsonSchemas.metaSchemaErrors(q)).isEmpty();
        assertThat(q.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(q.path("$id").asText()).isEqualTo(API + "/collections/control_units/queryables");
        assertThat(q.path("type").asText()).isEqualTo("object");
        List<String> names = new ArrayList<>();
        q.path("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("code", "name", "class", "classZh", "subtype", "subtypeZh", "cityCode", "cityName",
                "countyCode", "countyName", "areaKm2", "geometry");
        assertThat(q.path("properties").path("areaKm2").path("type").asText()).isEqualTo("number");
        assertThat(q.path("properties").path("name").path("title").asText()).isEqualTo("单元名称");
        assertThat(q.path("properties").path("geometry").path("format").asText()).isEqualTo("geometry-multipolygon");
        assertThat(q.path("properties").path("geometry").path("x-ogc-role").asText()).isEqualTo("primary-geometry");
        assertThat(q.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void everyQueryableWorksInAFilterAndAsAParameter() {
        JsonNode q = json(get("/collections/counties/queryables", null));
        q.path("properties").fieldNames().forEachRemaining(name -> {
            String cql = name.equals("geometry") ? "S_INTERSECTS(geometry, POINT(112.55 37.8))" : "\"" + name + "\" IS NOT NULL";
            assertThat(get("/collections/counties/items", "filter=" + java.net.URLEncoder.encode(cql, java.nio.charset.StandardCharsets.UTF_8))
                    .status()).as(cql).isEqualTo(200);
            if (!name.equals("geometry")) assertThat(get("/collections/counties/items", name + "=x").status()).as(name).isEqualTo(200);
        });
    }
}
