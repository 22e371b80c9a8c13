package org.ecozoning.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.model.ZoneType;
import org.ecozoning.scheme.GkLayer;
import org.ecozoning.scheme.IndexedUnit;
import org.ecozoning.scheme.IndexedZone;
import org.ecozoning.scheme.RingSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Finds what a site touches in its Gauss-Krüger layer and by how much: units with their planar
 * overlap and share of the site, zones with overlap or distance. Candidates come from the layer's
 * STR-trees; prepared geometries answer "covers" (the fast path: no overlay when one unit holds the
 * whole site) and "intersects"; an overlay is computed only for units and zones the site crosses.
 */
final class SpatialMatcher {
    private final Map<ZoneType, Double> maxWithin;
    private final double globalMaxWithin;

    SpatialMatcher(Map<ZoneType, Double> maxWithin) {
        this.maxWithin = maxWithin;
        this.globalMaxWithin = maxWithin.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** A unit the site touches: overlap in m² or m (0 for points), and the share of the site in it. */
    record UnitTouch(IndexedUnit unit, double overlap, double share) { }

    /** A zone the site overlaps ({@code inside}) or is within a rule's distance of. */
    record ZoneTouch(IndexedZone zone, boolean inside, double overlap, double share, double distance) { }

    List<UnitTouch> units(Site site) {
        GkLayer layer = site.layer();
        if (layer == null || site.projected() == null) return List.of();
        Geometry g = site.projected();
        Envelope env = g.getEnvelopeInternal();
        List<IndexedUnit> candidates = layer.unitCandidates(env);
        List<UnitTouch> out = new ArrayList<>();
        if (candidates.isEmpty()) return out;
        if (site.dimension() == 0) {
            Map<IndexedUnit, double[]> weights = new IdentityHashMap<>();
            int n = g.getNumGeometries();
            List<IndexedUnit> covering = new ArrayList<>(2);
            for (int i = 0; i < n; i++) {
                Geometry p = g.getGeometryN(i);
                covering.clear();
                for (IndexedUnit u : candidates) {
                    if (u.projected().getEnvelopeInternal().covers(p.getEnvelopeInternal()) && u.prepared().covers(p)) covering.add(u);
                }
                for (IndexedUnit u : covering) weights.computeIfAbsent(u, k -> new double[1])[0] += 1.0 / covering.size();
            }
            for (IndexedUnit u : candidates) {
                double[] w = weights.get(u);
                if (w != null) out.add(new UnitTouch(u, 0, w[0] / n));
            }
        } else {
            double total = site.size();
            double eps = tolerance(total);
            IndexedUnit coverer = null;
            boolean coverSearched = false;
            for (IndexedUnit u : candidates) {
                // polygon site: the overlap by boundary integration (0 when disjoint, the site's area when covered)
                double overlap = fastOverlap(site, u.rings(), u.prepared());
                if (Double.isNaN(overlap)) {
                    if (!coverSearched) {
                        coverSearched = true;
                        for (IndexedUnit c : candidates) {
                            if (c.projected().getEnvelopeInternal().covers(env) && c.prepared().covers(g)) {
                                coverer = c;
                                break;
                            }
                        }
                    }
                    if (u == coverer) {
                        overlap = total;
                    } else if (!u.prepared().intersects(g)) {
                        continue;
                    } else {
                        overlap = measure(OverlayNGRobust.overlay(g, u.projected(), OverlayNG.INTERSECTION), site.dimension());
                    }
                }
                if (overlap > eps) out.add(new UnitTouch(u, overlap, Math.min(1, overlap / total)));
            }
        }
        out.sort(Comparator.comparingDouble(UnitTouch::share).reversed());
        return out;
    }

    List<ZoneTouch> zones(Site site) {
        GkLayer layer = site.layer();
        if (layer == null || site.projected() == null) return List.of();
        Geometry g = site.projected();
        Envelope env = g.getEnvelopeInternal();
        Envelope search = new Envelope(env);
        search.expandBy(globalMaxWithin);
        double total = site.size();
        double eps = tolerance(total);
        List<ZoneTouch> out = new ArrayList<>();
        for (IndexedZone z : layer.zoneCandidates(search)) {
            double within = maxWithin.getOrDefault(z.zone().type(), 0.0);
            Envelope zEnv = z.projected().getEnvelopeInternal();
            if (zEnv.distance(env) > within) continue;
            double fast = fastOverlap(site, z.rings(), z.prepared());
            if (fast > eps) {
                out.add(new ZoneTouch(z, true, fast, Math.min(1, fast / total), 0));
            } else if (fast == 0) {
                // disjoint (touching is not in general position and takes the path below): bounded distance search
                if (within > 0 && z.distance() != null) {
                    double d = site.overlap().distanceWithin(z.rings(), within);
                    if (d <= within) out.add(new ZoneTouch(z, false, 0, 0, d));
                }
            } else if (z.prepared().intersects(g)) {
                int zoneDim = z.projected().getDimension();
                double overlap = 0;
                boolean inside;
                if (site.dimension() == 0 || zoneDim < site.dimension()) {
                    inside = true;
                } else {
                    overlap = zEnv.covers(env) && z.prepared().covers(g) ? total
                            : measure(OverlayNGRobust.overlay(g, z.projected(), OverlayNG.INTERSECTION), site.dimension());
                    inside = overlap > eps;
                }
                double share;
                if (site.dimension() == 0) {
                    int hit = 0;
                    for (int i = 0; i < g.getNumGeometries(); i++) if (z.prepared().intersects(g.getGeometryN(i))) hit++;
                    share = (double) hit / g.getNumGeometries();
                } else {
                    share = Math.min(1, overlap / total);
                }
                if (inside || within > 0) out.add(new ZoneTouch(z, inside, overlap, share, 0));
            } else if (within > 0 && z.distance() != null && z.distance().isWithinDistance(g, within)) {
                double d = z.distance().distance(g);
                if (d <= within) out.add(new ZoneTouch(z, false, 0, 0, d));
            }
        }
        out.sort(Comparator.comparing((ZoneTouch t) -> !t.inside()).thenComparingDouble(ZoneTouch::distance)
                .thenComparing(Comparator.comparingDouble(ZoneTouch::share).reversed()));
        return out;
    }

    /**
     * Overlap of a polygon site with a polygonal unit or zone by boundary integration
     * ({@link SiteOverlap}: no overlay built; 0 when disjoint, exactly the site's area when covered);
     * NaN for other dimensions or when the boundaries are not in general position (the caller then
     * uses the prepared predicates and an OverlayNG intersection, as before).
     */
    private static double fastOverlap(Site site, RingSet target, PreparedGeometry prepared) {
        if (target == null || site.dimension() != 2 || !(prepared instanceof PreparedPolygon pp) || !SiteOverlap.applies(site.projected())) {
            return Double.NaN;
        }
        return site.overlap().area(target, c -> pp.getPointLocator().locate(c));
    }

    private static double tolerance(double total) { return Math.max(1e-6, total * 1e-9); }

    static double measure(Geometry g, int dimension) {
        return switch (dimension) {
            case 2 -> g.getArea();
            case 1 -> g.getLength();
            default -> 0;
        };
    }
}
