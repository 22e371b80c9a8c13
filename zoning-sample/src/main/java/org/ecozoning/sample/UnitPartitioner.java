package org.ecozoning.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Cuts every county into its planned units exactly. All county borders and all candidate outlines
 * (clipped to their county) are snap-rounded together into one {@link PlanarArrangement}; each face
 * goes to the county whose polygon holds it and, within that county, to the first candidate whose
 * shape holds it (or the general remainder). Units and counties are then unions of faces, so a
 * county is by construction the exact union of its units, with shared edges identical on both
 * sides. Crumbs (tiny detached pieces of a unit) are handed to the neighbour they border most.
 */
final class UnitPartitioner {
    /** Detached pieces of a unit smaller than this (km²) are merged into a neighbour. */
    static final double CRUMB_KM2 = 0.05;

    /** The result: the units and the counties as rebuilt from the same faces. */
    record Result(List<GeneratedUnit> units, List<County> counties, int faces, int crumbsMerged) { }

    private final GeometryFactory f;
    private final double scale;

    UnitPartitioner(GeometryFactory f, double scale) {
        this.f = f;
        this.scale = scale;
    }

    Result partition(List<UnitPlanner.Plan> plans) {
        int nc = plans.size();
        List<Geometry> lines = new ArrayList<>();
        List<List<IndexedPointInAreaLocator>> locators = new ArrayList<>();
        for (UnitPlanner.Plan p : plans) {
            lines.add(p.county().geometry());
            List<IndexedPointInAreaLocator> ls = new ArrayList<>();
            for (UnitPlanner.Candidate c : p.candidates()) {
                Geometry shape = EqualAreaProjection.toLonLat(c.shapeKm());
                lines.add(Shapes.intersection(shape.getBoundary(), p.county().geometry()));
                ls.add(new IndexedPointInAreaLocator(shape));
            }
            locators.add(ls);
        }
        PlanarArrangement arr = new PlanarArrangement(lines, f, scale);
        int nf = arr.size();
        STRtree index = new STRtree();
        IndexedPointInAreaLocator[] countyLoc = new IndexedPointInAreaLocator[nc];
        for (int i = 0; i < nc; i++) {
            countyLoc[i] = new IndexedPointInAreaLocator(plans.get(i).county().geometry());
            index.insert(plans.get(i).county().geometry().getEnvelopeInternal(), i);
        }
        int[] county = new int[nf];
        int[] cand = new int[nf];
        Arrays.fill(county, -1);
        Arrays.fill(cand, -1);
        for (int fi = 0; fi < nf; fi++) {
            Point pt = arr.interiorPoint(fi);
            @SuppressWarnings("unchecked")
            List<Integer> hits = index.query(pt.getEnvelopeInternal());
            hits.sort(null);
            for (int ci : hits) {
                if (countyLoc[ci].locate(pt.getCoordinate()) == Location.INTERIOR) {
                    county[fi] = ci;
                    break;
                }
            }
            if (county[fi] < 0) continue;
            UnitPlanner.Plan p = plans.get(county[fi]);
            List<IndexedPointInAreaLocator> ls = locators.get(county[fi]);
            for (int k = 0; k < ls.size(); k++) {
                if (ls.get(k).locate(pt.getCoordinate()) == Location.INTERIOR) {
                    cand[fi] = k;
                    break;
                }
            }
            if (cand[fi] < 0 && p.generalFallbackLabel() != null) cand[fi] = p.candidates().size();
        }
        resolveByBorder(arr, county, cand);
        int crumbs = mergeCrumbs(arr, county, cand);

        // Group faces by county and candidate.
        List<List<List<Polygon>>> groups = new ArrayList<>();
        for (UnitPlanner.Plan p : plans) {
            List<List<Polygon>> g = new ArrayList<>();
            for (int k = 0; k <= p.candidates().size(); k++) g.add(new ArrayList<>());
            groups.add(g);
        }
        for (int fi = 0; fi < nf; fi++) groups.get(county[fi]).get(cand[fi]).add(arr.faces().get(fi));

        List<GeneratedUnit> units = new ArrayList<>();
        List<County> counties = new ArrayList<>();
        for (int ci = 0; ci < nc; ci++) {
            UnitPlanner.Plan p = plans.get(ci);
            County c = p.county();
            List<Polygon> all = new ArrayList<>();
            Map<UnitClass, Integer> seq = new EnumMap<>(UnitClass.class);
            Set<String> names = new HashSet<>();
            for (int k = 0; k <= p.candidates().size(); k++) {
                List<Polygon> faces = groups.get(ci).get(k);
                if (faces.isEmpty()) continue;
                all.addAll(faces);
                Geometry g = CountyRepair.union(faces, f);
                UnitPlanner.Candidate cd = k < p.candidates().size() ? p.candidates().get(k) : null;
                UnitSubtype st = cd == null ? UnitSubtype.GENERAL : cd.subtype();
                String label = cd == null ? "" : cd.label();
                int s = seq.merge(st.unitClass(), 1, Integer::sum);
                UnitCode code = UnitCode.of(c.adcode(), st.unitClass(), s);
                String name = UnitNames.name(c, st, label);
                for (int dup = 2; !names.add(name); dup++) name = UnitNames.name(c, st, label + "（" + dup + "）");
                if (!new IsValidOp(g).isValid()) {
                    throw new IllegalStateException("unit " + code + " geometry invalid: " + new IsValidOp(g).getValidationError());
                }
                ControlUnit u = new ControlUnit(code, name, st.unitClass(), st, c.cityCode(), c.cityName(), c.adcode(),
                        c.name(), g);
                units.add(new GeneratedUnit(u, label, cd == null ? Map.of() : cd.attrs(), EqualAreaProjection.areaKm2(g)));
            }
            counties.add(c.withGeometry(CountyRepair.union(all, f)));
        }
        return new Result(units, counties, nf, crumbs);
    }

    /** Faces with no county or no unit yet take those of the neighbour they share most border with. */
    private static void resolveByBorder(PlanarArrangement arr, int[] county, int[] cand) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int fi = 0; fi < county.length; fi++) {
                if (county[fi] >= 0 && cand[fi] >= 0) continue;
                int best = -1;
                double bestLen = 0;
                for (Map.Entry<Integer, Double> e : arr.neighbours(fi).entrySet()) {
                    int o = e.getKey();
                    if (county[o] < 0 || cand[o] < 0) continue;
                    if (county[fi] >= 0 && county[o] != county[fi]) continue;
                    if (e.getValue() > bestLen) {
                        bestLen = e.getValue();
                        best = o;
                    }
                }
                if (best >= 0) {
                    county[fi] = county[best];
                    cand[fi] = cand[best];
                    progress = true;
                }
            }
        }
        for (int fi = 0; fi < county.length; fi++) {
            if (county[fi] < 0 || cand[fi] < 0) {
                throw new IllegalStateException("face at " + arr.interiorPoint(fi) + " could not be given a county and unit");
            }
        }
    }

    /** Merges small detached pieces of units into the neighbouring unit of the same county they border most. */
    private static int mergeCrumbs(PlanarArrangement arr, int[] county, int[] cand) {
        int nf = county.length;
        int[] comp = new int[nf];
        Arrays.fill(comp, -1);
        List<List<Integer>> comps = new ArrayList<>();
        for (int s = 0; s < nf; s++) {
            if (comp[s] >= 0) continue;
            List<Integer> members = new ArrayList<>();
            Deque<Integer> q = new ArrayDeque<>();
            q.add(s);
            comp[s] = comps.size();
            while (!q.isEmpty()) {
                int x = q.poll();
                members.add(x);
                for (int o : arr.neighbours(x).keySet()) {
                    if (comp[o] < 0 && county[o] == county[x] && cand[o] == cand[x]) {
                        comp[o] = comps.size();
                        q.add(o);
                    }
                }
            }
            comps.add(members);
        }
        // Largest component per (county, candidate).
        Map<Long, Double> largest = new java.util.HashMap<>();
        double[] compArea = new double[comps.size()];
        for (int c = 0; c < comps.size(); c++) {
            for (int fi : comps.get(c)) compArea[c] += EqualAreaProjection.areaKm2(arr.faces().get(fi));
            int fi0 = comps.get(c).get(0);
            largest.merge(key(county[fi0], cand[fi0]), compArea[c], Math::max);
        }
        int merged = 0;
        for (int c = 0; c < comps.size(); c++) {
            int fi0 = comps.get(c).get(0);
            if (compArea[c] >= CRUMB_KM2 || compArea[c] >= largest.get(key(county[fi0], cand[fi0]))) continue;
            Map<Integer, Double> border = new java.util.TreeMap<>();
            for (int fi : comps.get(c)) {
                for (Map.Entry<Integer, Double> e : arr.neighbours(fi).entrySet()) {
                    int o = e.getKey();
                    if (county[o] == county[fi0] && cand[o] != cand[fi0]) border.merge(cand[o], e.getValue(), Double::sum);
                }
            }
            if (border.isEmpty()) continue;
            int to = border.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            for (int fi : comps.get(c)) cand[fi] = to;
            merged++;
        }
        return merged;
    }

    private static long key(int county, int cand) { return ((long) county << 32) | cand; }
}
