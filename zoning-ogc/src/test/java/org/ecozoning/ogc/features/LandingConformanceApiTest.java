package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.TestScheme;
import org.junit.jupiter.api.Test;

/** Landing page, conformance declaration and the OpenAPI document (Part 1 core and oas30). */
class LandingConformanceApiTest extends FeaturesTestSupport {

    @Test
    void landingPageJson() {
        JsonNode doc = ok(get("/", null), "application/json");
        assertValid("landingPage", doc);
        assertThat(doc.path("title").asText()).contains("OGC API – Features").containsPattern("\\p{IsHan}");
        assertThat(link(doc, "self", "application/json").path("href").asText()).isEqualTo(API + "/?f=json");
        assertThat(link(doc, "alternate", "text/html").path("href").asText()).isEqualTo(API + "/?f=html");
        assertThat(link(doc, "service-desc", "application/vnd.oai.openapi+json;version=3.0").path("href").asText()).isEqualTo(API + "/api?f=json");
        assertThat(link(doc, "service-doc", "text/html")).isNotNull();
        assertThat(link(doc, "conformance", "application/json").path("href").asText()).isEqualTo(API + "/conformance?f=json");
        assertThat(link(doc, "http://www.opengis.net/def/rel/ogc/1.0/conformance", null)).isNotNull();
        assertThat(link(doc, "data", "application/json").path("href").asText()).isEqualTo(API + "/collections?f=json");
        assertThat(link(doc, "http://www.opengis.net/def/rel/ogc/1.0/data", null)).isNotNull();
        for (JsonNode l : doc.path("links")) assertThat(l.has("type")).as(l.toString()).isTrue();
    }

    @Test
    void everyLandingLinkResolves() {
        JsonNode doc = json(get("/", null));
        for (JsonNode l : doc.path("links")) {
            OgcResponse r = follow(l.path("href").asText());
            assertThat(r.status()).as(l.toString()).isEqualTo(200);
            assertThat(r.contentType()).as(l.toString()).startsWith(l.path("type").asText().split(";")[0]);
        }
    }

    @Test
    void mountPointIsConfigurable() {
        FeaturesHandler h = new FeaturesHandler(FeaturesConfig.of(TestScheme.catalog()).withEndpointPath("features/"));
        JsonNode doc = json(get(h, "/", null, null));
        assertThat(link(doc, "data", null).path("href").asText()).isEqualTo(BASE + "/features/collections?f=json");
        FeaturesHandler root = new FeaturesHandler(FeaturesConfig.of(TestScheme.catalog()).withEndpointPath("/"));
        assertThat(link(json(get(root, "/", null, null)), "data", null).path("href").asText()).isEqualTo(BASE + "/collections?f=json");
    }

    @Test
    void conformanceDeclaration() {
        JsonNode doc = ok(get("/conformance", null), "application/json");
        assertValid("confClasses", doc);
        List<String> classes = new ArrayList<>();
        doc.path("conformsTo").forEach(c -> classes.add(c.asText()));
        assertThat(classes).containsExactlyElementsOf(Conformance.CLASSES);
        assertThat(classes).contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
                "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
                "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2");
        assertThat(classes).doesNotContain("http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
                "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions");
    }

    @Test
    void openApiDocumentIsValidOas30() {
        OgcResponse r = get("/api", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/vnd.oai.openapi+json;version=3.0");
        ParseOptions opts = new ParseOptions();
        opts.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.bodyText(), null, opts);
        assertThat(parsed.getMessages()).as("OpenAPI validation messages").isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
        assertThat(parsed.getOpenAPI().getServers().get(0).getUrl()).isEqualTo(API);
    }

    @Test
    void openApiValidationCatchesABrokenDocument() {
        // negative control: the parser used above does report structural errors
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) json(get("/api", null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("paths").path("/conformance").path("get")).remove("responses");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("components").path("parameters").path("limit")).remove("name");
        ParseOptions opts = new ParseOptions();
        opts.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc.toString(), null, opts);
        assertThat(parsed.getMessages()).anyMatch(m -> m.contains("responses")).anyMatch(m -> m.contains("name"));
    }

    @Test
    void schemaValidationCatchesBrokenDocuments() {
        // negative controls for the hand-written schemas
        assertThat(JsonSchemas.errors("landingPage", MAPPER.createObjectNode().put("title", "x"))).isNotEmpty();
        var fc = (com.fasterxml.jackson.databind.node.ObjectNode) json(get("/collections/control_units/items", "limit=1"));
        fc.put("numberMatched", -1);
        assertThat(JsonSchemas.errors("featureCollectionGeoJSON", fc)).isNotEmpty();
        var f = (com.fasterxml.jackson.databind.node.ObjectNode) json(get("/collections/control_units/items/ZH14010520001", null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) f.path("geometry")).put("type", "Circle");
        assertThat(JsonSchemas.errors("featureGeoJSON", f)).isNotEmpty();
        var c = (com.fasterxml.jackson.databind.node.ObjectNode) json(get("/collections/control_units", null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) c.path("extent").path("spatial")).put("crs", "EPSG:4326");
        assertThat(JsonSchemas.errors("collection", c)).isNotEmpty();
    }

    @Test
    void openApiDescribesEveryPathOfEveryCollection() {
        JsonNode doc = json(get("/api", null));
        Set<String> paths = new HashSet<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/", "/conformance", "/api", "/collections");
        for (LayerInfo l : TestScheme.catalog().layers()) {
            String p = "/collections/" + l.name();
            assertThat(paths).contains(p, p + "/items", p + "/items/{featureId}", p + "/queryables");
            JsonNode items = doc.path("paths").path(p + "/items").path("get");
            List<String> params = new ArrayList<>();
            for (JsonNode prm : items.path("parameters")) {
                params.add(prm.has("$ref") ? prm.path("$ref").asText().replaceAll(".*/", "") : prm.path("name").asText());
            }
            assertThat(params).containsAll(ItemsQuery.PARAMETERS);
            l.source().type().attributes().forEach(a -> assertThat(params).contains(a.name()));
            assertThat(items.path("responses").path("200").path("content").has("application/geo+json")).isTrue();
        }
        assertThat(paths).hasSize(4 + 4 * TestScheme.catalog().layers().size());
        assertThat(doc.path("components").path("parameters").path("limit").path("schema").path("maximum").asInt()).isEqualTo(1000);
    }

    @Test
    void everyPathOfTheOpenApiDocumentIsServed() {
        JsonNode doc = json(get("/api", null));
        doc.path("paths").fieldNames().forEachRemaining(p -> {
            String path = p;
            if (p.contains("{featureId}")) {
                String collection = p.split("/")[2];
                JsonNode first = json(get("/collections/" + collection + "/items", "limit=1")).path("features");
                if (first.isEmpty()) return; // an empty layer has no feature to fetch
                path = p.replace("{featureId}", first.get(0).path("id").asText());
            }
            assertThat(get(path, null).status()).as(path).isEqualTo(200);
            assertThat(get(path, "f=html").status()).as(path + " as HTML").isEqualTo(200);
        });
    }

    /** swagger-parser does not report dangling internal references, so they are checked here. */
    @Test
    void everyReferenceResolves() {
        JsonNode doc = json(get("/api", null));
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collectRefs(JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) out.add(e.getValue().asText());
                else collectRefs(e.getValue(), out);
            });
        } else if (n.isArray()) {
            n.forEach(c -> collectRefs(c, out));
        }
    }

    @Test
    void apiAsHtmlListsThePaths() {
        OgcResponse r = get("/api", "f=html");
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.bodyText()).contains("/collections/control_units/items").contains("API 说明").contains("bbox-crs");
    }
}
