package org.ecozoning.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

/** OGC API – Features Part 2: the crs parameter, Content-Crs, and axis order per CRS. */
class CrsTest extends FeaturesTestSupport {
    static final String UNIT = "/collections/control_units/items/ZH14010520001";

    /** The first position of the outer ring of the unit's polygon (112.5 E, 37.7 N in CRS84). */
    static JsonNode firstPosition(JsonNode feature) {
        return feature.path("geometry").path("coordinates").get(0).get(0);
    }

    @Test
    void crs84IsTheDefaultAndLongitudeFirst() {
        OgcResponse r = get(UNIT, null);
        assertThat(r.headers()).containsEntry("Content-Crs", "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");
        JsonNode p = firstPosition(json(r));
        assertThat(p.get(0).asDouble()).isEqualTo(112.5);
        assertThat(p.get(1).asDouble()).isEqualTo(37.7);
        OgcResponse explicit = get(UNIT, "crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        assertThat(firstPosition(json(explicit))).isEqualTo(p);
    }

    @Test
    void epsgGeographicUrisAreLatitudeFirst() {
        for (int code : new int[] {4326, 4490}) {
            String uri = "http://www.opengis.net/def/crs/EPSG/0/" + code;
            OgcResponse r = get(UNIT, "crs=" + uri);
            assertThat(r.headers()).containsEntry("Content-Crs", "<" + uri + ">");
            JsonNode p = firstPosition(json(r));
            assertThat(p.get(0).asDouble()).as("latitude first").isEqualTo(37.7);
            assertThat(p.get(1).asDouble()).isEqualTo(112.5);
        }
    }

    @Test
    void webMercatorIsEastingFirstInMetres() {
        OgcResponse r = get(UNIT, "crs=http://www.opengis.net/def/crs/EPSG/0/3857");
        JsonNode p = firstPosition(json(r));
        assertThat(p.get(0).asDouble()).isCloseTo(112.5 * 20037508.342789244 / 180, org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.get(1).asDouble()).isCloseTo(Math.log(Math.tan(Math.toRadians(90 + 37.7) / 2)) * 6378137.0,
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void gaussKrugerZonesAreNorthingFirst() {
        JsonNode p114 = firstPosition(json(get(UNIT, "crs=http://www.opengis.net/def/crs/EPSG/0/4547")));
        assertThat(p114.get(0).asDouble()).as("northing").isBetween(4_170_000.0, 4_190_000.0);
        assertThat(p114.get(1).asDouble()).as("easting west of 114°E").isBetween(360_000.0, 375_000.0);
        JsonNode p111 = firstPosition(json(get(UNIT, "crs=http://www.opengis.net/def/crs/EPSG/0/4546")));
        assertThat(p111.get(1).asDouble()).as("easting east of 111°E").isBetween(625_000.0, 640_000.0);
    }

    @Test
    void collectionsPageInAnotherCrsRoundTripsWithBboxCrs() {
        String crs = "http://www.opengis.net/def/crs/EPSG/0/4326";
        OgcResponse r = get("/collections/control_units/items", "crs=" + crs + "&bbox=37.72,112.45,37.78,112.52&bbox-crs=" + crs);
        JsonNode fc = json(r);
        assertValid("featureCollectionGeoJSON", fc);
        assertThat(r.headers()).containsEntry("Content-Crs", "<" + crs + ">");
        assertThat(ids(fc)).containsExactly("ZH14010510001", "ZH14010520001");
        assertThat(firstPosition(fc.path("features").get(1)).get(0).asDouble()).isEqualTo(37.7);
        assertThat(link(fc, "self", null).path("href").asText()).contains("crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F4326");
    }

    @Test
    void httpsAndCaseVariantsAreTheSameUri() {
        OgcResponse r = get(UNIT, "crs=HTTPS://www.opengis.net/def/crs/epsg/0/4326");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers()).containsEntry("Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/4326>");
    }

    @Test
    void unsupportedCrsIs400() {
        for (String crs : new String[] {"EPSG:4326", "http://www.opengis.net/def/crs/EPSG/0/2000", "urn:ogc:def:crs:EPSG::4490", "x"}) {
            JsonNode p = problem(get(UNIT, "crs=" + crs), 400);
            assertThat(p.path("parameter").asText()).isEqualTo("crs");
            assertThat(p.path("detail").asText()).contains("CRS84");
            problem(get("/collections/control_units/items", "crs=" + crs), 400);
        }
    }
}
