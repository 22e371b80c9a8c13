package org.ecozoning.referencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

class CrsRegistryTest {

    @Test
    void parsesEveryAcceptedFormWithItsAxisOrder() {
        assertThat(CrsRegistry.resolve("EPSG:4490")).satisfies(r -> {
            assertThat(r.crs().id()).isEqualTo("EPSG:4490");
            assertThat(r.axisOrder()).isEqualTo(AxisOrder.EAST_NORTH);
        });
        assertThat(CrsRegistry.resolve("epsg:4326").crs()).isEqualTo(CrsRegistry.WGS84);
        assertThat(CrsRegistry.resolve("urn:ogc:def:crs:EPSG::4490").axisOrder()).isEqualTo(AxisOrder.NORTH_EAST);
        assertThat(CrsRegistry.resolve("urn:ogc:def:crs:EPSG:9.9.1:4326").axisOrder()).isEqualTo(AxisOrder.NORTH_EAST);
        assertThat(CrsRegistry.resolve("urn:x-ogc:def:crs:EPSG:4326").crs()).isEqualTo(CrsRegistry.WGS84);
        assertThat(CrsRegistry.resolve("http://www.opengis.net/def/crs/EPSG/0/4490").needsSwap()).isTrue();
        assertThat(CrsRegistry.resolve("https://www.opengis.net/def/crs/EPSG/0/3857").needsSwap()).isFalse();
        assertThat(CrsRegistry.resolve("http://www.opengis.net/gml/srs/epsg.xml#4326").axisOrder()).isEqualTo(AxisOrder.EAST_NORTH);
        assertThat(CrsRegistry.resolve("urn:ogc:def:crs:EPSG::4547").needsSwap()).isTrue(); // GK: northing (X) first officially
        for (String crs84 : new String[] {"CRS:84", "OGC:CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
                "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}) {
            ResolvedCrs r = CrsRegistry.resolve(crs84);
            assertThat(r.crs()).as(crs84).isEqualTo(CrsRegistry.CRS84_LONLAT);
            assertThat(r.axisOrder()).as(crs84).isEqualTo(AxisOrder.EAST_NORTH);
        }
        assertThat(CrsRegistry.get("4547").name()).isEqualTo("CGCS2000 / 3-degree Gauss-Kruger CM 114E");
        assertThat(CrsRegistry.epsg(4526).name()).isEqualTo("CGCS2000 / 3-degree Gauss-Kruger zone 38");
        assertThat(CrsRegistry.epsg(4490).urn()).isEqualTo("urn:ogc:def:crs:EPSG::4490");
        assertThat(CrsRegistry.epsg(4490).uri()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/4490");
        assertThat(CrsRegistry.WGS84.authorityAxisOrder()).isEqualTo(AxisOrder.NORTH_EAST);
        assertThat(CrsRegistry.CGCS2000.authorityAxisOrder()).isEqualTo(AxisOrder.NORTH_EAST);
        assertThat(CrsRegistry.WEB_MERCATOR.authorityAxisOrder()).isEqualTo(AxisOrder.EAST_NORTH);
    }

    @Test
    void unknownCrsIsAClearError() {
        assertThatThrownBy(() -> CrsRegistry.resolve("EPSG:2000"))
                .isInstanceOf(CrsException.class)
                .hasMessageContaining("不支持的坐标参照系「EPSG:2000」").hasMessageContaining("unsupported coordinate reference system")
                .hasMessageContaining("EPSG:4490");
        assertThatThrownBy(() -> CrsRegistry.resolve("WGS84 please")).isInstanceOf(CrsException.class);
        assertThatThrownBy(() -> CrsRegistry.resolve("")).isInstanceOf(CrsException.class).hasMessageContaining("未指定");
        assertThat(CrsRegistry.isKnown("EPSG:4546")).isTrue();
        assertThat(CrsRegistry.isKnown("EPSG:32649")).isFalse();
        try {
            CrsRegistry.epsg(27700);
        } catch (CrsException e) {
            assertThat(e.code()).isEqualTo("UNKNOWN_CRS");
        }
    }

    @Test
    void gaussKrugerDefinitionsAgreeWithTheEpsgDatabase() {
        CRSFactory f = new CRSFactory();
        int checked = 0;
        for (int code = 4491; code <= 4554; code++) {
            Crs ours = CrsRegistry.epsg(code);
            CoordinateReferenceSystem db = f.createFromName("EPSG:" + code);
            Projection p = db.getProjection();
            assertThat(ours.centralMeridian()).as("EPSG:%d lon_0", code).isEqualTo(p.getProjectionLongitudeDegrees(), within(1e-9));
            assertThat(ours.projection().getFalseEasting()).as("EPSG:%d x_0", code).isEqualTo(p.getFalseEasting());
            assertThat(ours.projection().getScaleFactor()).as("EPSG:%d k", code).isEqualTo(p.getScaleFactor());
            assertThat(ours.projection().getEllipsoid().getEquatorRadius()).isEqualTo(p.getEllipsoid().getEquatorRadius());
            checked++;
        }
        assertThat(checked).isEqualTo(64);
    }

    @Test
    void transformsLikeProj4jWithTheDatabaseDefinition() {
        CRSFactory f = new CRSFactory();
        BasicCoordinateTransform ref = new BasicCoordinateTransform(f.createFromName("EPSG:4490"), f.createFromName("EPSG:4547"));
        ProjCoordinate out = new ProjCoordinate();
        ref.transform(new ProjCoordinate(112.5, 37.8), out);
        double[] ours = CrsTransformer.of(CrsRegistry.CGCS2000, CrsRegistry.epsg(4547)).transform(112.5, 37.8);
        assertThat(ours[0]).isEqualTo(out.x, within(1e-3));
        assertThat(ours[1]).isEqualTo(out.y, within(1e-3));
        // on the central meridian the easting is the false easting; the northing is the meridian arc (~4,184 km at 37.8°)
        double[] cm = CrsTransformer.of(CrsRegistry.CGCS2000, CrsRegistry.epsg(4547)).transform(114, 37.8);
        assertThat(cm[0]).isEqualTo(500000, within(1e-6));
        assertThat(cm[1]).isBetween(4_180_000.0, 4_190_000.0);
        double[] zoned = CrsTransformer.of(CrsRegistry.CGCS2000, CrsRegistry.epsg(4526)).transform(114, 37.8);
        assertThat(zoned[0]).isEqualTo(38_500_000, within(1e-6));
    }

    @Test
    void roundTripsThroughEveryKindOfCrs() {
        for (String id : new String[] {"EPSG:4326", "CRS:84", "EPSG:3857", "EPSG:4546", "EPSG:4547", "EPSG:4525", "EPSG:4526", "EPSG:4497", "EPSG:4508"}) {
            Crs c = CrsRegistry.get(id);
            double[] there = CrsTransformer.of(CrsRegistry.CGCS2000, c).transform(112.123456, 37.654321);
            double[] back = CrsTransformer.of(c, CrsRegistry.CGCS2000).transform(there[0], there[1]);
            assertThat(back[0]).as(id).isEqualTo(112.123456, within(1e-8));
            assertThat(back[1]).as(id).isEqualTo(37.654321, within(1e-8));
        }
        double[] merc = CrsTransformer.of(CrsRegistry.CGCS2000, CrsRegistry.WEB_MERCATOR).transform(112.5, 0);
        assertThat(merc[0]).isEqualTo(6378137 * Math.toRadians(112.5), within(1e-6));
        assertThat(CrsTransformer.of(CrsRegistry.WGS84, CrsRegistry.CGCS2000).isIdentity()).isTrue();
        assertThat(CrsTransformer.of(CrsRegistry.CGCS2000, CrsRegistry.WEB_MERCATOR).isIdentity()).isFalse();
    }

    @Test
    void choosesTheGaussKrugerZoneByLongitude() {
        assertThat(GaussKruger.zoneFor(110.2).epsg()).isEqualTo(4546);
        assertThat(GaussKruger.zoneFor(112.49).epsg()).isEqualTo(4546);
        assertThat(GaussKruger.zoneFor(112.5).epsg()).isEqualTo(4547);
        assertThat(GaussKruger.zoneFor(114.6).epsg()).isEqualTo(4547);
        assertThat(GaussKruger.zoneFor(116.4).epsg()).isEqualTo(4548);
        assertThat(GaussKruger.centralMeridian3(109.4)).isEqualTo(108);
        assertThatThrownBy(() -> GaussKruger.zoneFor(2.35)).isInstanceOf(CrsException.class).hasMessageContaining("73.5");
    }

    @Test
    void detectsSwappedAxesForShanxi() {
        org.locationtech.jts.geom.Envelope shanxi = new org.locationtech.jts.geom.Envelope(110.2, 114.6, 34.5, 40.8);
        assertThat(AxisSwap.looksSwapped(CrsRegistry.CGCS2000, 37.8, 112.5, shanxi)).isTrue();
        assertThat(AxisSwap.looksSwapped(CrsRegistry.CGCS2000, 112.5, 37.8, shanxi)).isFalse();
        assertThat(AxisSwap.looksSwapped(CrsRegistry.CGCS2000, 2.35, 48.85, shanxi)).isFalse(); // Paris: outside either way
        double[] gk = CrsTransformer.of(CrsRegistry.CGCS2000, CrsRegistry.epsg(4547)).transform(112.8, 37.8);
        assertThat(AxisSwap.looksSwapped(CrsRegistry.epsg(4547), gk[1], gk[0], shanxi)).isTrue();
        assertThat(AxisSwap.looksSwapped(CrsRegistry.epsg(4547), gk[0], gk[1], shanxi)).isFalse();
        var p = org.ecozoning.testing.Sites.point(1, 2);
        assertThat(AxisSwap.swapXY(p).getCoordinate().x).isEqualTo(2);
        assertThat(p.getCoordinate().x).isEqualTo(1); // original untouched
    }

    @Test
    void unprojectablePositionsAreReported() {
        assertThatThrownBy(() -> CrsTransformer.of(CrsRegistry.CGCS2000, CrsRegistry.WEB_MERCATOR).transform(0, 91))
                .isInstanceOf(CrsException.class).hasMessageContaining("无法从 EPSG:4490 转换到 EPSG:3857");
    }
}
