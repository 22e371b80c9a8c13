package org.ecozoning.ogc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecozoning.feature.Query;
import org.ecozoning.model.ZoneFamily;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Layer catalog, scheme layers, service metadata, CRS adapter and exception reports. */
class CommonTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void schemeLayersPublishUnitsEveryZoneFamilyAndCounties() {
        LayerCatalog c = TestScheme.catalog();
        assertThat(c.layers()).extracting(LayerInfo::name).startsWith("control_units", "river_zones", "region_zones")
                .endsWith("counties").hasSize(2 + ZoneFamily.values().length);
        assertThat(c.get("zoning:control_units")).isSameAs(c.get("control_units")).isSameAs(c.get("{https://ecozoning.org/zoning}control_units"));
        assertThat(c.get("other:control_units")).isNull();
        assertThat(c.get("{urn:x}control_units")).isNull();
        assertThat(c.get("river_zones").source().count(Query.ALL)).isEqualTo(2);
        assertThat(c.get("air_zones").source().count(Query.ALL)).isZero();
        assertThat(c.get("region_zones").source().type().attributes()).extracting(a -> a.name()).containsExactly("id", "type", "typeZh", "name");
        assertThat(c.get("counties").source().count(Query.ALL)).isEqualTo(119);
        assertThat((Object) c.get("control_units").bbox()).isEqualTo(new Envelope(112.4, 112.7, 37.7, 37.95));
        assertThat(c.get("control_units").qualifiedName()).isEqualTo("zoning:control_units");
        // repaired county geometries are valid
        try (var cur = c.get("counties").source().features(Query.ALL)) {
            while (cur.hasNext()) assertThat(cur.next().geometry().isValid()).isTrue();
        }
        assertThatThrownBy(() -> new LayerCatalog(List.of(c.get("counties"), c.get("counties")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoneLayerGeometryTypeFollowsTheData() {
        Geometry line = GF.createLineString(new Coordinate[] {new Coordinate(112, 37), new Coordinate(113, 38)});
        assertThat(SchemeLayers.commonType(List.of(line))).isEqualTo("MultiLineString");
        assertThat(SchemeLayers.commonType(List.of(line, TestScheme.box(1, 1, 2, 2)))).isEqualTo("Geometry");
        assertThat(SchemeLayers.commonType(List.of())).isEqualTo("MultiPolygon");
    }

    @Test
    void serviceMetadataFromWorkspaceFileWithPerServiceOverrides() throws Exception {
        Path file = Path.of("../workspace/services.json");
        ServiceMetadata wfs = ServiceMetadata.load(file, "wfs");
        assertThat(wfs.titleZh()).contains("WFS").contains("要素服务");
        assertThat(wfs.title()).startsWith(wfs.titleZh()).endsWith(wfs.titleEn());
        assertThat(wfs.keywords()).contains("生态环境分区管控");
        assertThat(wfs.contact().country()).contains("中国");
        ServiceMetadata wps = ServiceMetadata.load(file, "wps");
        assertThat(wps.titleZh()).isEqualTo("山西省生态环境分区管控服务");
        ServiceMetadata minimal = ServiceMetadata.read(new ByteArrayInputStream("{\"fees\":\"\"}".getBytes(StandardCharsets.UTF_8)), "wfs");
        assertThat(minimal.fees()).isEqualTo("无 / NONE");
        assertThat(minimal.titleEn()).contains("WFS");
    }

    @Test
    void crsNamesAndAxisOrder() {
        Proj4jCrsSupport crs = new Proj4jCrsSupport();
        assertThat(crs.parse("EPSG:4490")).isEqualTo(new Crs("EPSG:4490", 4490, false, true));
        assertThat(crs.parse("urn:ogc:def:crs:EPSG::4490").northingFirst()).isTrue();
        assertThat(crs.parse("urn:ogc:def:crs:EPSG:6.6:4326").northingFirst()).isTrue();
        assertThat(crs.parse("urn:x-ogc:def:crs:EPSG:4326").epsg()).isEqualTo(4326);
        assertThat(crs.parse("http://www.opengis.net/def/crs/EPSG/0/4326").northingFirst()).isTrue();
        assertThat(crs.parse("http://www.opengis.net/gml/srs/epsg.xml#4326").northingFirst()).isFalse();
        assertThat(crs.parse("urn:ogc:def:crs:OGC:1.3:CRS84")).satisfies(c -> {
            assertThat(c.epsg()).isEqualTo(4326);
            assertThat(c.northingFirst()).isFalse();
        });
        assertThat(crs.parse("urn:ogc:def:crs:EPSG::3857").northingFirst()).isFalse();
        assertThat(crs.parse("urn:ogc:def:crs:EPSG::4547").northingFirst()).isTrue();
        assertThat(crs.parse("urn:ogc:def:crs:EPSG::4547").geographic()).isFalse();
        assertThatThrownBy(() -> crs.parse("EPSG:2000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> crs.parse("urn:ogc:def:crs:EPSG::")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> crs.parse("bogus")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reprojectionRoundTrips() {
        Proj4jCrsSupport crs = new Proj4jCrsSupport();
        Geometry p = GF.createPoint(new Coordinate(112.5, 37.8));
        Crs merc = crs.parse("EPSG:3857");
        Geometry m = crs.fromStorage(p, merc);
        assertThat(m.getCoordinate().x).isCloseTo(12_523_442.7, org.assertj.core.data.Offset.offset(1.0));
        assertThat(crs.toStorage(m, merc).getCoordinate().distance(p.getCoordinate())).isLessThan(1e-9);
        Crs gk = crs.parse("EPSG:4547"); // CM 114E
        Geometry g = crs.fromStorage(GF.createPoint(new Coordinate(114, 37.8)), gk);
        assertThat(g.getCoordinate().x).isCloseTo(500_000, org.assertj.core.data.Offset.offset(0.01));
        assertThat((Object) crs.fromStorage(p, crs.parse("EPSG:4326"))).isSameAs(p);
        Envelope e = crs.toStorage(crs.fromStorage(new Envelope(112, 113, 37, 38), merc), merc);
        assertThat(e.getMinX()).isCloseTo(112, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(e.getMaxY()).isCloseTo(38, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void exceptionCodesMapToHttpStatusAndReportsAreSchemaValid() {
        assertThat(OwsException.missing("x").httpStatus()).isEqualTo(400);
        assertThat(OwsException.notSupported("x").httpStatus()).isEqualTo(501);
        assertThat(new OwsException(OwsException.Code.OperationProcessingFailed, null, "m").httpStatus()).isEqualTo(403);
        assertThat(new OwsException(OwsException.Code.NoApplicableCode, null, "m").httpStatus()).isEqualTo(500);
        assertThat(new OwsException(OwsException.Code.NotFound, null, "m").httpStatus()).isEqualTo(404);
        OgcResponse r = ExceptionReport.response(OwsException.invalid("typeNames", "未知类型", "unknown type"), ExceptionReport.Dialect.OWS_1_1, "2.0.0");
        assertThat(r.status()).isEqualTo(400);
        String body = r.bodyText();
        assertThat(body).contains("exceptionCode=\"InvalidParameterValue\"").contains("locator=\"typeNames\"").contains("未知类型 / unknown type");
        String url = "http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd";
        assertThat(OgcSchemas.errors(OgcSchemas.schema(url, List.of(url), Map.of()), r.bodyBytes())).isEmpty();
        OgcResponse r10 = ExceptionReport.response(OwsException.missing("request"), ExceptionReport.Dialect.OWS_1_0, "1.0.0");
        String url10 = "http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd";
        assertThat(OgcSchemas.errors(OgcSchemas.schema(url10, List.of(url10), Map.of()), r10.bodyBytes())).isEmpty();
    }
}
