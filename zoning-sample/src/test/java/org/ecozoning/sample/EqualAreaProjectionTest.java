package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.densify.Densifier;

/** The equal-area projection used for every area in the sample data. */
class EqualAreaProjectionTest {
    @Test
    void roundTrips() {
        double[] p = EqualAreaProjection.forward(111.3, 36.7);
        double[] q = EqualAreaProjection.inverse(p[0], p[1]);
        assertThat(q[0]).isCloseTo(111.3, within(1e-12));
        assertThat(q[1]).isCloseTo(36.7, within(1e-12));
    }

    @Test
    void areaOfADegreeCellMatchesTheSphericalFormula() {
        GeometryFactory f = new GeometryFactory();
        Geometry cell = Densifier.densify(f.toGeometry(new Envelope(112, 113, 37, 38)), 0.01);
        double r = EqualAreaProjection.RADIUS_KM;
        double exact = r * r * Math.toRadians(1) * (Math.sin(Math.toRadians(38)) - Math.sin(Math.toRadians(37)));
        assertThat(EqualAreaProjection.areaKm2(cell)).isCloseTo(exact, within(exact * 1e-4));
    }
}
