package org.ecozoning.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.ecozoning.ogc.common.CoordinateArrayTransform;
import org.ecozoning.ogc.common.Proj4jCrsSupport;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Small parts: version negotiation, CRS axis rules, formats, exception documents, array transforms. */
class WmsUnitsTest extends WmsTestSupport {
    static final Proj4jCrsSupport CRS = new Proj4jCrsSupport(WmsConfig.DEFAULT_EPSG);

    @Test
    void negotiation() {
        assertThat(WmsVersion.negotiate(null)).isEqualTo(WmsVersion.V1_3_0);
        assertThat(WmsVersion.negotiate("1.3.0")).isEqualTo(WmsVersion.V1_3_0);
        assertThat(WmsVersion.negotiate("1.1.1")).isEqualTo(WmsVersion.V1_1_1);
        assertThat(WmsVersion.negotiate("1.4")).isEqualTo(WmsVersion.V1_3_0);
        assertThat(WmsVersion.negotiate("1.1.5")).isEqualTo(WmsVersion.V1_1_1);
        assertThat(WmsVersion.negotiate("1.0.0")).isEqualTo(WmsVersion.V1_1_1);
        assertThat(WmsVersion.compare("1.10.0", "1.9.0")).isPositive();
    }

    @Test
    void axisOrderRules() {
        assertThat(MapCrs.resolve("EPSG:4326", WmsVersion.V1_3_0, CRS).swapAxes()).isTrue();
        assertThat(MapCrs.resolve("EPSG:4490", WmsVersion.V1_3_0, CRS).swapAxes()).isTrue();
        assertThat(MapCrs.resolve("EPSG:4547", WmsVersion.V1_3_0, CRS).swapAxes()).isTrue();
        assertThat(MapCrs.resolve("EPSG:4526", WmsVersion.V1_3_0, CRS).swapAxes()).isTrue();
        assertThat(MapCrs.resolve("CRS:84", WmsVersion.V1_3_0, CRS).swapAxes()).isFalse();
        assertThat(MapCrs.resolve("EPSG:3857", WmsVersion.V1_3_0, CRS).swapAxes()).isFalse();
        assertThat(MapCrs.resolve("EPSG:4326", WmsVersion.V1_1_1, CRS).swapAxes()).isFalse();
        assertThat(MapCrs.resolve("EPSG:4547", WmsVersion.V1_1_1, CRS).swapAxes()).isFalse();
        MapCrs ll = MapCrs.resolve("EPSG:4326", WmsVersion.V1_3_0, CRS);
        Envelope e = ll.envelope(37.6, 112.3, 38.0, 112.8);
        assertThat(e).isEqualTo(new Envelope(112.3, 112.8, 37.6, 38.0));
        assertThat(ll.ordinates(e)).containsExactly(37.6, 112.3, 38.0, 112.8);
        assertThatThrownBy(() -> MapCrs.resolve("EPSG:32650", WmsVersion.V1_3_0, CRS)).isInstanceOf(WmsException.class)
                .hasMessageContaining("EPSG:32650");
        assertThat(((WmsException) catchIt(() -> MapCrs.resolve("EPSG:1", WmsVersion.V1_1_1, CRS))).code()).isEqualTo("InvalidSRS");
    }

    static Throwable catchIt(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void formats() {
        assertThat(ImageFormat.of("image/png")).isEqualTo(ImageFormat.PNG);
        assertThat(ImageFormat.of("image/png; mode=8bit")).isEqualTo(ImageFormat.PNG8);
        assertThat(ImageFormat.of("IMAGE/PNG;MODE=8BIT")).isEqualTo(ImageFormat.PNG8);
        assertThat(ImageFormat.of("image/png8")).isEqualTo(ImageFormat.PNG8);
        assertThat(ImageFormat.of("image/jpeg")).isEqualTo(ImageFormat.JPEG);
        assertThat(ImageFormat.of("image/gif")).isNull();
        assertThat(InfoFormat.of("application/geo+json")).isEqualTo(InfoFormat.JSON);
        assertThat(InfoFormat.of("text/html; charset=UTF-8")).isEqualTo(InfoFormat.HTML);
        assertThat(InfoFormat.of("application/vnd.ogc.gml/3.1.1")).isEqualTo(InfoFormat.GML3);
        assertThat(InfoFormat.of("application/vnd.ogc.gml")).isEqualTo(InfoFormat.GML2);
        assertThat(ExceptionMode.of("application/vnd.ogc.se_inimage")).isEqualTo(ExceptionMode.INIMAGE);
        assertThat(ExceptionMode.of(null)).isEqualTo(ExceptionMode.XML);
    }

    @Test
    void exceptionReportsAreValid() throws Exception {
        WmsException e = WmsException.of("InvalidCRS", "CRS", "不支持 <EPSG:1> & 其它", "not offered <EPSG:1> & more");
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ServiceExceptionWriter.write(e, WmsVersion.V1_3_0, a);
        assertThat(org.ecozoning.ogc.common.OgcSchemas.errors(exceptions130Schema(), a.toByteArray())).isEmpty();
        var d = dom(a.toByteArray());
        assertThat(text(d, "//ogc:ServiceException")).isEqualTo("不支持 <EPSG:1> & 其它 / not offered <EPSG:1> & more");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ServiceExceptionWriter.write(e, WmsVersion.V1_1_1, b);
        assertThat(dtdErrors(b.toByteArray())).isEmpty();
        assertThat(b.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("<!DOCTYPE ServiceExceptionReport SYSTEM");
        // the DTD check really checks: a locator attribute is not allowed in 1.1.1
        String invalid = b.toString(java.nio.charset.StandardCharsets.UTF_8).replace("code=", "locator=\"CRS\" code=");
        assertThat(dtdErrors(invalid.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void arrayTransformsAgreeWithGeometryReprojection() {
        var gf = new org.locationtech.jts.geom.GeometryFactory();
        for (int code : new int[] {3857, 4546, 4547, 4525, 4526}) {
            CoordinateArrayTransform fwd = CRS.arrayTransform(4490, code), inv = CRS.arrayTransform(code, 4490);
            double[] xy = {112.55, 37.75, 111.0, 36.0};
            fwd.apply(xy, 2);
            var target = CRS.parse("EPSG:" + code);
            var p = CRS.fromStorage(gf.createPoint(new org.locationtech.jts.geom.Coordinate(112.55, 37.75)), target).getCoordinate();
            assertThat(xy[0]).as("EPSG:" + code).isCloseTo(p.x, org.assertj.core.data.Offset.offset(0.5));
            assertThat(xy[1]).as("EPSG:" + code).isCloseTo(p.y, org.assertj.core.data.Offset.offset(0.5));
            inv.apply(xy, 2);
            assertThat(xy[0]).isCloseTo(112.55, org.assertj.core.data.Offset.offset(1e-7));
            assertThat(xy[1]).isCloseTo(37.75, org.assertj.core.data.Offset.offset(1e-7));
            assertThat(xy[2]).isCloseTo(111.0, org.assertj.core.data.Offset.offset(1e-7));
        }
        assertThat(CRS.arrayTransform(4490, 4326).isIdentity()).isTrue();
        assertThatThrownBy(() -> CRS.arrayTransform(4490, 32650)).isInstanceOf(IllegalArgumentException.class);
    }
}
