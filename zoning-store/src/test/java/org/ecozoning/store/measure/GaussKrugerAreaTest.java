package org.ecozoning.store.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;

class GaussKrugerAreaTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static Geometry rect(double lon, double lat, double w, double h) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + w, lat), new Coordinate(lon + w, lat + h),
                new Coordinate(lon, lat + h), new Coordinate(lon, lat)});
    }

    @Test
    void shanxiFallsInTheZonesOf111And114() {
        assertThat(GaussKrugerArea.centralMeridian(new Envelope(110.3, 110.5, 35, 36))).isEqualTo(111);
        assertThat(GaussKrugerArea.centralMeridian(new Envelope(112.3, 112.45, 37, 38))).isEqualTo(111);
        assertThat(GaussKrugerArea.centralMeridian(new Envelope(112.6, 112.7, 37, 38))).isEqualTo(114);
        assertThat(GaussKrugerArea.centralMeridian(new Envelope(114.3, 114.5, 37, 38))).isEqualTo(114);
    }

    @Test
    void theCentralMeridianMapsToFalseEasting500km() {
        Geometry p = GaussKrugerArea.project(GF.createPoint(new Coordinate(111, 37.5)), 111);
        assertThat(p.getCoordinate().x).isCloseTo(500000, within(0.001));
        // GRS80 meridian arc length to 37.5°N is about 4 151 km
        assertThat(p.getCoordinate().y).isCloseTo(4_151_000, within(2_000.0));
    }

    @Test
    void areaAgreesWithASphericalEstimateNearTaiyuan() {
        double lat = 37.805;
        double r = 6371008.8;
        double k = Math.PI / 180 * r;
        double expected = k * 0.01 * Math.cos(Math.toRadians(lat)) * k * 0.01;
        assertThat(GaussKrugerArea.squareMetres(rect(112.5, 37.8, 0.01, 0.01))).isCloseTo(expected, within(expected * 0.005));
        assertThat(GaussKrugerArea.squareMetres(GF.createPolygon())).isZero();
    }
}
