package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.Query;
import org.ecozoning.ogc.common.DateTimeInterval;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.SchemeLayers;
import org.ecozoning.ogc.common.TestScheme;
import org.ecozoning.ogc.common.VersionSelector;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Problem responses for every kind of error, and the datetime → scheme-version hook. */
class ErrorsAndVersionsTest extends FeaturesTestSupport {

    @Test
    void unknownPathsAre404() {
        for (String p : List.of("/nope", "/collections/control_units/things", "/collections/control_units/items/a/b", "/api/x")) {
            JsonNode pr = problem(get(p, null), 404);
            assertThat(pr.path("type").asText()).isEqualTo("https://ecozoning.org/problems/not-found");
        }
    }

    @Test
    void trailingSlashesAreTolerated() {
        assertThat(get("/collections/", null).status()).isEqualTo(200);
        assertThat(get("", null).status()).isEqualTo(200);
    }

    @Test
    void onlyGetAndHeadAreAllowed() {
        OgcResponse r = HANDLER.handle(OgcRequest.builder("POST", "/collections").baseUrl(BASE).build());
        JsonNode p = problem(r, 405);
        assertThat(r.headers()).containsEntry("Allow", "GET, HEAD");
        assertThat(p.path("detail").asText()).contains("POST");
        assertThat(HANDLER.handle(OgcRequest.builder("HEAD", "/collections").baseUrl(BASE).build()).status()).isEqualTo(200);
    }

    @Test
    void failuresOfTheSourceAreA500ProblemWithoutStackTrace() {
        FeatureSource broken = new FeatureSource() {
            @Override public FeatureType type() { return SchemeLayers.CONTROL_UNIT_TYPE; }

            @Override public Envelope bounds() { return new Envelope(112, 113, 37, 38); }

            @Override public long count(Query q) { throw new IllegalStateException("database is down at 10.0.0.1"); }

            @Override public FeatureCursor features(Query q) { throw new IllegalStateException("database is down"); }
        };
        LayerInfo l = new LayerInfo("control_units", broken, null, null, null, null, null, null);
        FeaturesHandler h = new FeaturesHandler(FeaturesConfig.of(new LayerCatalog(List.of(l))));
        JsonNode p = problem(get(h, "/collections/control_units/items", null, null), 500);
        assertThat(p.path("detail").asText()).contains("服务器").doesNotContain("10.0.0.1").doesNotContain("at org.");
    }

    @Test
    void datetimeIsPassedToTheVersionHook() {
        List<DateTimeInterval> asked = new ArrayList<>();
        LayerCatalog old = new LayerCatalog(List.of(SchemeLayers.controlUnits(TestScheme.units().subList(0, 2))));
        VersionSelector versions = new VersionSelector() {
            @Override public LayerCatalog current() { return TestScheme.catalog(); }

            @Override public LayerCatalog select(DateTimeInterval when) {
                asked.add(when);
                if (when.end() != null && when.end().isBefore(java.time.Instant.parse("2020-01-01T00:00:00Z"))) return null;
                return when.contains(java.time.Instant.parse("2021-01-01T00:00:00Z")) ? old : TestScheme.catalog();
            }
        };
        FeaturesHandler h = new FeaturesHandler(FeaturesConfig.of(TestScheme.catalog()).withVersions(versions));
        assertThat(json(get(h, "/collections/control_units/items", null, null)).path("numberMatched").asInt()).isEqualTo(5);
        assertThat(asked).as("no datetime: the hook is not asked").isEmpty();

        JsonNode v2021 = json(get(h, "/collections/control_units/items", "datetime=2021-01-01", null));
        assertThat(v2021.path("numberMatched").asInt()).isEqualTo(2);
        assertThat(asked.get(0)).isEqualTo(new DateTimeInterval(java.time.Instant.parse("2021-01-01T00:00:00Z"),
                java.time.Instant.parse("2021-01-01T23:59:59.999999999Z")));
        assertThat(link(v2021, "self", null).path("href").asText()).contains("datetime=2021-01-01");

        JsonNode none = json(get(h, "/collections/control_units/items", "datetime=../2019-06-01T00:00:00Z", null));
        assertValid("featureCollectionGeoJSON", none);
        assertThat(none.path("numberMatched").asInt()).isZero();
        assertThat(none.path("features")).isEmpty();
        assertThat(asked.get(1).start()).isNull();

        JsonNode noCounties = json(get(h, "/collections/counties/items", "datetime=2021-01-01", null));
        assertThat(noCounties.path("numberMatched").asInt()).as("layer absent from that version").isZero();
        assertThat(html(get(h, "/collections/control_units/items", "datetime=2021-01-01&f=html", null))).contains("共匹配 2 个要素");
    }

    private static String html(OgcResponse r) {
        assertThat(r.status()).isEqualTo(200);
        return r.bodyText();
    }
}
