package org.ecozoning.ogc.report;

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
        for (double r = 1_000; r <= MAX_SEARCH_METRES * 2; r *= 4) {
            Envelope e = new Envelope(site.getEnvelopeInternal());
            e.expandBy(Math.min(r, MAX_SEARCH_METRES));
            List<IndexedUnit> cands = layer.unitCandidates(e);
            IndexedUnit best = null;
            double bestD = Double.POSITIVE_INFINITY;
            for (IndexedUnit u : cands) {
                if (!kind.test(u.unit())) continue;
                double d = u.prepared().intersects(site) ? 0 : u.projected().distance(site);
                if (d < bestD) {
                    bestD = d;
                    best = u;
                }
            }
            // a hit within the searched box is the nearest only if no unit outside could be closer
            if (best != null && bestD <= Math.min(r, MAX_SEARCH_METRES)) {
                return new Nearest(best.unit().code().value(), best.unit().name(), Math.round(bestD * 10) / 10.0);
            }
            if (r >= MAX_SEARCH_METRES) break;
        }
        return null;
    }
}
