package org.ecozoning.ogc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.scheme.GkLayer;
import org.ecozoning.scheme.IndexedUnit;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Distances in metres from a site to the nearest priority protection unit and to the nearest
 * ecological red line, measured in the scheme's Gauss-Krüger layer nearest the site (the engine's
 * report lists only the units touched). 0 when the site touches one; null when there is none
 * within {@link #MAX_SEARCH_METRES}.
 */
public record Distances(Nearest priority, Nearest redLine) {
    /** Search radius: beyond it "none nearby" is reported. */
    public static final double MAX_SEARCH_METRES = 200_000;

    /** The nearest unit of a kind and its distance in metres. */
    public record Nearest(String code, String name, double metres) { }

    public static Distances of(Scheme scheme, Geometry siteLonLat) {
        if (scheme.layers().isEmpty()) return new Distances(null, null);
        double lon = siteLonLat.getCentroid().getX();
        GkLayer layer = scheme.layerNearest(GaussKruger.centralMeridian3(lon));
        Geometry site = CrsTransformer.of(CrsRegistry.CGCS2000, layer.crs()).transform(siteLonLat);
        Nearest p = nearest(layer, site, u -> u.unitClass() == UnitClass.PRIORITY_PROTECTION);
        Nearest r = nearest(layer, site, u -> u.subtype() == UnitSubtype.ECOLOGICAL_RED_LINE);
        return new Distances(p, r);
    }

    private static Nearest nearest(GkLayer layer, Geometry site, java.util.function.Predicate<ControlUnit> kind) {
        Envelope siteBox = site.getEnvelopeInternal();
        IndexedFacetDistance siteFacets = null;
        for (double r = 1_000; r <= MAX_SEARCH_METRES * 2; r *= 4) {
            double radius = Math.min(r, MAX_SEARCH_METRES);
            Envelope e = new Envelope(siteBox);
            e.expandBy(radius);
            // nearest envelopes first: a unit whose envelope is farther than the best distance cannot be nearer
            List<Candidate> cands = new ArrayList<>();
            for (IndexedUnit u : layer.unitCandidates(e)) {
                if (kind.test(u.unit())) cands.add(new Candidate(u, u.projected().getEnvelopeInternal().distance(siteBox)));
            }
            cands.sort(Comparator.comparingDouble(Candidate::envelopeDistance));
            IndexedUnit best = null;
            double bestD = Double.POSITIVE_INFINITY;
            for (Candidate c : cands) {
                if (c.envelopeDistance() >= bestD) break;
                double d;
                if (c.envelopeDistance() == 0 && c.unit().prepared().intersects(site)) {
                    d = 0;
                } else {
                    // not touching: the distance between the boundaries, the site's segments indexed once
                    if (siteFacets == null) siteFacets = new IndexedFacetDistance(site);
                    d = siteFacets.distance(c.unit().projected());
                }
                if (d < bestD) {
                    bestD = d;
                    best = c.unit();
                }
            }
            // a hit within the searched box is the nearest only if no unit outside could be closer
            if (best != null && bestD <= radius) {
                return new Nearest(best.unit().code().value(), best.unit().name(), Math.round(bestD * 10) / 10.0);
            }
            if (r >= MAX_SEARCH_METRES) break;
        }
        return null;
    }

    private record Candidate(IndexedUnit unit, double envelopeDistance) { }
}
