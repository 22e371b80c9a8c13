package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.scheme.GkLayer;
import org.ecozoning.scheme.IndexedUnit;
import org.ecozoning.scheme.IndexedZone;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.testing.TestScheme;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** The boundary-integration overlap area agrees with OverlayNG, and refuses what is not in general position. */
class SiteOverlapTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /** A wobbly ring of n vertices around (x, y) with mean radius r (counter-clockwise unless {@code cw}). */
    static Polygon blob(Random rnd, double x, double y, double r, int n, boolean cw) {
        double ph1 = rnd.nextDouble() * 6.3, ph2 = rnd.nextDouble() * 6.3;
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n * (cw ? -1 : 1);
            double rr = r * (1 + 0.25 * Math.sin(3 * a + ph1) + 0.1 * Math.sin(11 * a + ph2));
            cs[i] = new Coordinate(x + rr * Math.cos(a), y + rr * Math.sin(a));
        }
        cs[n] = cs[0].copy();
        return GF.createPolygon(cs);
    }

    private static double overlay(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
    }

    private static double fast(Geometry site, Geometry poly) {
        PreparedPolygon pp = (PreparedPolygon) PreparedGeometryFactory.prepare(poly);
        return new SiteOverlap(site).area(org.ecozoning.scheme.RingSet.of(poly), c -> pp.getPointLocator().locate(c));
    }

    @Test
    void randomSitesAgreeWithOverlayNG() {
        Random rnd = new Random(7);
        double x0 = 620_000, y0 = 4_190_000;
        // a polygon with a hole and a second part, clockwise shell on purpose (orientation must not matter)
        Polygon shell = blob(rnd, x0, y0, 3000, 400, true);
        Polygon hole = blob(rnd, x0 + 500, y0 - 300, 900, 150, false);
        Polygon withHole = GF.createPolygon(shell.getExteriorRing(), new org.locationtech.jts.geom.LinearRing[] {hole.getExteriorRing()});
        Geometry target = GF.createMultiPolygon(new Polygon[] {withHole, blob(rnd, x0 + 6500, y0, 1500, 120, false)});
        assertThat(target.isValid()).isTrue();
        int checked = 0, fallbacks = 0;
        for (int i = 0; i < 400; i++) {
            double x = x0 - 4000 + rnd.nextDouble() * 12_000, y = y0 - 4000 + rnd.nextDouble() * 8000;
            Polygon site = blob(rnd, x, y, 100 + rnd.nextDouble() * 1500, 200, rnd.nextBoolean());
            if (!site.intersects(target)) continue;
            double want = overlay(site, target);
            double got = fast(site, target);
            if (Double.isNaN(got)) {
                fallbacks++;
                continue;
            }
            checked++;
            assertThat(Math.abs(got - want)).as("site %d: %s vs %s", i, got, want).isLessThanOrEqualTo(1e-9 * site.getArea());
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(fallbacks).isLessThan(checked / 20);
    }

    @Test
    void boundedDistancesEqualTheFacetDistanceOnRandomSites() {
        Random rnd = new Random(5);
        double x0 = 400_000, y0 = 4_100_000;
        int within = 0, beyond = 0;
        for (int i = 0; i < 300; i++) {
            Polygon zone = blob(rnd, x0, y0, 200 + rnd.nextDouble() * 300, 10 + rnd.nextInt(120), rnd.nextBoolean());
            double a = rnd.nextDouble() * 2 * Math.PI, dist = 300 + rnd.nextDouble() * 1500;
            Polygon site = blob(rnd, x0 + dist * Math.cos(a), y0 + dist * Math.sin(a), 100 + rnd.nextDouble() * 400, 200, rnd.nextBoolean());
            if (site.intersects(zone)) continue;
            double brute = new org.locationtech.jts.operation.distance.IndexedFacetDistance(zone).distance(site);
            assertThat(brute).isEqualTo(zone.distance(site), org.assertj.core.data.Offset.offset(1e-9));
            double max = 200;
            double got = new SiteOverlap(site).distanceWithin(org.ecozoning.scheme.RingSet.of(zone), max);
            if (brute <= max) {
                within++;
                assertThat(got).as("pair %d", i).isEqualTo(brute);
            } else {
                beyond++;
                assertThat(got).as("pair %d", i).isEqualTo(Double.POSITIVE_INFINITY);
            }
        }
        assertThat(within).isGreaterThan(20);
        assertThat(beyond).isGreaterThan(20);
    }

    @Test
    void aSiteWithAHoleAndTwoParts() {
        Random rnd = new Random(11);
        double x0 = 500_000, y0 = 4_000_000;
        Polygon outer = blob(rnd, x0, y0, 800, 200, false);
        Polygon inner = blob(rnd, x0 + 100, y0, 200, 60, true);
        Polygon ring = GF.createPolygon(outer.getExteriorRing(), new org.locationtech.jts.geom.LinearRing[] {inner.getExteriorRing()});
        Geometry site = GF.createMultiPolygon(new Polygon[] {ring, blob(rnd, x0 + 2000, y0, 300, 80, false)});
        assertThat(site.isValid()).isTrue();
        for (int i = 0; i < 50; i++) {
            Polygon target = blob(rnd, x0 + rnd.nextDouble() * 2400 - 600, y0 + rnd.nextDouble() * 1200 - 600, 200 + rnd.nextDouble() * 900, 90, false);
            double got = fast(site, target);
            assertThat(got).isNotNaN();
            assertThat(Math.abs(got - overlay(site, target))).isLessThanOrEqualTo(1e-9 * site.getArea());
        }
    }

    @Test
    void sharedEdgesAndVerticesOnTheBoundaryFallBack() {
        Geometry unit = GF.toGeometry(new org.locationtech.jts.geom.Envelope(0, 1000, 0, 1000));
        // shares part of the unit's east edge (outside it, and half inside it)
        Geometry besideAlongEdge = GF.toGeometry(new org.locationtech.jts.geom.Envelope(1000, 1500, 200, 800));
        assertThat(fast(besideAlongEdge, unit)).isNaN();
        Geometry insideAlongEdge = GF.toGeometry(new org.locationtech.jts.geom.Envelope(500, 1000, 200, 800));
        assertThat(fast(insideAlongEdge, unit)).isNaN();
        // a site vertex exactly on the unit's edge
        Geometry vertexOnEdge = GF.createPolygon(new Coordinate[] {new Coordinate(1000, 500), new Coordinate(1400, 300),
                new Coordinate(1400, 700), new Coordinate(1000, 500)});
        assertThat(fast(vertexOnEdge, unit)).isNaN();
        // crossing properly: exact
        assertThat(fast(GF.toGeometry(new org.locationtech.jts.geom.Envelope(500, 1500, 200, 800)), unit)).isEqualTo(300_000.0);
        Geometry crossing = GF.toGeometry(new org.locationtech.jts.geom.Envelope(900.5, 1100.5, 100.25, 300.25));
        assertThat(fast(crossing, unit)).isCloseTo(99.5 * 200, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void engineOverlapsEqualOverlayAreasAcrossAndInsideUnits() {
        Scheme scheme = TestScheme.scheme();
        ComplianceEngine engine = new ComplianceEngine(scheme, TestScheme.catalog());
        GkLayer layer = scheme.layerNearest(111);
        Random rnd = new Random(3);
        int across = 0, inside = 0;
        // sites centred near the grid lines of area A (112.40, 112.50, 112.60 °E; 37.90 °N) and inside units
        double[][] centres = {{112.40, 37.80}, {112.50, 37.90}, {112.60, 37.85}, {112.45, 37.90}, {112.35, 37.80}, {112.65, 38.00}};
        for (int i = 0; i < 60; i++) {
            double[] c = centres[i % centres.length];
            double lon = c[0] + (rnd.nextDouble() - 0.5) * 0.01, lat = c[1] + (rnd.nextDouble() - 0.5) * 0.01;
            var gk = org.ecozoning.referencing.GaussKruger.zoneFor(lon);
            double[] p = CrsTransformer.of(CrsRegistry.CGCS2000, gk).transform(lon, lat);
            Geometry siteGk = blob(rnd, p[0], p[1], 150 + rnd.nextDouble() * 400, 200, false);
            Geometry site = CrsTransformer.of(gk, CrsRegistry.CGCS2000).transform(siteGk);
            AssessmentReport r = engine.assess(ProjectInput.builder().geometry(site).industry("2614").nature(ProjectNature.NEW).build());
            GkLayer l = scheme.layerNearest((int) r.measure().centralMeridian());
            Geometry projected = CrsTransformer.of(CrsRegistry.CGCS2000, l.crs()).transform(site);
            List<String> seen = new ArrayList<>();
            for (AssessmentReport.UnitHit h : r.units()) {
                IndexedUnit u = l.units().stream().filter(x -> x.unit().code().value().equals(h.code())).findFirst().orElseThrow();
                double want = overlay(projected, u.projected());
                assertThat(Math.abs(h.overlap() - want)).as(h.code()).isLessThanOrEqualTo(0.005 + 1e-9 * want);
                seen.add(h.code());
            }
            for (AssessmentReport.ZoneHit h : r.zones()) {
                if (!h.inside() || h.overlap() == 0) continue;
                IndexedZone z = l.zones().stream().filter(x -> x.zone().id().equals(h.id())).findFirst().orElseThrow();
                double want = overlay(projected, z.projected());
                assertThat(Math.abs(h.overlap() - want)).as(h.id()).isLessThanOrEqualTo(0.005 + 1e-9 * want);
            }
            if (seen.size() > 1) across++;
            if (seen.size() == 1 && r.units().get(0).share() == 1.0) inside++;
        }
        assertThat(layer).isNotNull();
        assertThat(across).isGreaterThan(15);
        assertThat(inside).isGreaterThan(5);
    }
}
