package org.ecozoning.ogc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.ogc.wps.WpsTestSupport;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.scheme.GkLayer;
import org.ecozoning.scheme.IndexedUnit;
import org.ecozoning.scheme.Scheme;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The pruned nearest-unit search against a brute-force scan over every unit of the layer. */
class DistancesTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void nearestPriorityUnitAndRedLineEqualABruteForceScan() {
        Scheme scheme = WpsTestSupport.engine().scheme();
        Random rnd = new Random(42);
        int touching = 0, apart = 0;
        for (int i = 0; i < 90; i++) {
            double lon = 110.5 + rnd.nextDouble() * 3.8, lat = 34.8 + rnd.nextDouble() * 5.8;
            Geometry site = switch (i % 3) {
                case 0 -> GF.createPoint(new Coordinate(lon, lat));
                case 1 -> square(lon, lat, 0.002 + rnd.nextDouble() * 0.02);
                default -> GF.createLineString(new Coordinate[] {new Coordinate(lon, lat),
                        new Coordinate(lon + 0.03, lat + 0.01), new Coordinate(lon + 0.05, lat - 0.02)});
            };
            Distances d = Distances.of(scheme, site);
            Distances.Nearest p = brute(scheme, site, u -> u.unitClass() == UnitClass.PRIORITY_PROTECTION);
            Distances.Nearest r = brute(scheme, site, u -> u.subtype() == UnitSubtype.ECOLOGICAL_RED_LINE);
            check(d.priority(), p);
            check(d.redLine(), r);
            if (p != null && p.metres() == 0) touching++; else apart++;
        }
        assertThat(touching).as("sites touching a priority unit").isPositive();
        assertThat(apart).as("sites apart from every priority unit").isPositive();
    }

    private static void check(Distances.Nearest got, Distances.Nearest want) {
        if (want == null || want.metres() > Distances.MAX_SEARCH_METRES) {
            assertThat(got).isNull();
            return;
        }
        assertThat(got).isNotNull();
        assertThat(got.metres()).isEqualTo(want.metres());
    }

    /** Every unit of the kind, the plain JTS distance (0 when touching). */
    private static Distances.Nearest brute(Scheme scheme, Geometry lonLat, Predicate<ControlUnit> kind) {
        GkLayer layer = scheme.layerNearest(GaussKruger.centralMeridian3(lonLat.getCentroid().getX()));
        Geometry site = CrsTransformer.of(CrsRegistry.CGCS2000, layer.crs()).transform(lonLat);
        Distances.Nearest best = null;
        for (IndexedUnit u : layer.units()) {
            if (!kind.test(u.unit())) continue;
            double m = Math.round(u.projected().distance(site) * 10) / 10.0;
            if (best == null || m < best.metres()) best = new Distances.Nearest(u.unit().code().value(), u.unit().name(), m);
        }
        return best;
    }

    private static Geometry square(double lon, double lat, double side) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + side, lat),
                new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat)});
    }
}
