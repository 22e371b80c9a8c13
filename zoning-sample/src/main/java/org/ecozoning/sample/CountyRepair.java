package org.ecozoning.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns the source county polygons into a clean coverage: each polygon is made valid with
 * {@link GeometryFixer}, then all boundaries are snap-rounded together onto the output grid
 * (10⁻⁶°) and polygonized. Every face covered by exactly one county goes to it; a face covered by
 * several (an overlap) goes to the covering county it shares most border with; a face covered by
 * none (a gap inside the province) goes to the neighbour it shares most border with. Counties are
 * then the unions of their faces, so neighbours share borders exactly.
 */
final class CountyRepair {

    /** One polygon that was invalid in the source. */
    record InvalidSource(String adcode, String name, String error, double x, double y, double areaBeforeKm2, double areaAfterKm2) { }

    /** One overlap or gap face and where it went. */
    record FixedFace(String kind, List<String> coveringAdcodes, String assignedAdcode, double areaKm2, double x, double y) { }

    /** The clean coverage and what was done to get it. */
    record Result(List<County> counties, List<InvalidSource> invalid, List<FixedFace> overlaps, List<FixedFace> gaps,
                  List<FixedFace> fragments, int faces, double[] sourceAreaKm2, int verticesBefore, int verticesAfter) { }

    /** Detached county pieces below this area (km²) are treated as artefacts of the source's quantisation. */
    static final double FRAGMENT_KM2 = 0.2;
    /** Topology-preserving simplification tolerance (degrees, ≈ 30 m, well below the source's ≈ 100 m precision). */
    static final double SIMPLIFY_TOLERANCE_DEG = 0.0003;

    private final GeometryFactory factory;
    private final double scale;

    CountyRepair(GeometryFactory factory, double scale) {
        this.factory = factory;
        this.scale = scale;
    }

    Result repair(List<County> source) {
        int n = source.size();
        List<InvalidSource> invalid = new ArrayList<>();
        Geometry[] fixed = new Geometry[n];
        double[] sourceArea = new double[n];
        for (int i = 0; i < n; i++) {
            County c = source.get(i);
            Geometry g = c.geometry();
            IsValidOp op = new IsValidOp(g);
            if (!op.isValid()) {
                TopologyValidationError err = op.getValidationError();
                Geometry f = GeometryFixer.fix(g);
                invalid.add(new InvalidSource(c.adcode(), c.name(), err.getMessage(), err.getCoordinate().x, err.getCoordinate().y,
                        EqualAreaProjection.areaKm2(g), EqualAreaProjection.areaKm2(f)));
                g = f;
            }
            fixed[i] = g;
            sourceArea[i] = EqualAreaProjection.areaKm2(g);
        }
        PlanarArrangement arr = new PlanarArrangement(Arrays.asList(fixed), factory, scale);
        STRtree index = new STRtree();
        IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[n];
        for (int i = 0; i < n; i++) {
            locators[i] = new IndexedPointInAreaLocator(fixed[i]);
            index.insert(fixed[i].getEnvelopeInternal(), i);
        }
        int faces = arr.size();
        int[] owner = new int[faces];
        Arrays.fill(owner, -1);
        List<int[]> covers = new ArrayList<>(faces);
        for (int f = 0; f < faces; f++) {
            Point p = arr.interiorPoint(f);
            @SuppressWarnings("unchecked")
            List<Integer> hits = index.query(p.getEnvelopeInternal());
            int[] cov = hits.stream().sorted().filter(i -> locators[i].locate(p.getCoordinate()) == Location.INTERIOR)
                    .mapToInt(Integer::intValue).toArray();
            covers.add(cov);
            if (cov.length == 1) owner[f] = cov[0];
        }
        // Resolve overlaps and gaps by longest shared border with an already-assigned face, in passes.
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int f = 0; f < faces; f++) {
                if (owner[f] >= 0) continue;
                int[] cov = covers.get(f);
                double[] border = new double[n];
                for (Map.Entry<Integer, Double> e : arr.neighbours(f).entrySet()) {
                    int o = owner[e.getKey()];
                    if (o < 0) continue;
                    if (cov.length > 0 && Arrays.stream(cov).noneMatch(c -> c == o)) continue;
                    border[o] += e.getValue();
                }
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (border[i] > 0 && (best < 0 || border[i] > border[best]
                            || (border[i] == border[best] && source.get(i).adcode().compareTo(source.get(best).adcode()) < 0))) {
                        best = i;
                    }
                }
                if (best >= 0) {
                    owner[f] = best;
                    progress = true;
                }
            }
        }
        List<FixedFace> overlaps = new ArrayList<>();
        List<FixedFace> gaps = new ArrayList<>();
        for (int f = 0; f < faces; f++) {
            int[] cov = covers.get(f);
            if (owner[f] < 0) {
                if (cov.length == 0) throw new IllegalStateException("gap face with no assigned neighbour at " + arr.interiorPoint(f));
                owner[f] = cov[0];
            }
            if (cov.length != 1) {
                Point p = arr.interiorPoint(f);
                List<String> codes = Arrays.stream(cov).mapToObj(i -> source.get(i).adcode()).toList();
                FixedFace ff = new FixedFace(cov.length == 0 ? "gap" : "overlap", codes, source.get(owner[f]).adcode(),
                        EqualAreaProjection.areaKm2(arr.faces().get(f)), p.getX(), p.getY());
                (cov.length == 0 ? gaps : overlaps).add(ff);
            }
        }
        List<FixedFace> fragments = mergeFragments(arr, owner, source);
        List<List<Polygon>> byCounty = new ArrayList<>();
        for (int i = 0; i < n; i++) byCounty.add(new ArrayList<>());
        for (int f = 0; f < faces; f++) byCounty.get(owner[f]).add(arr.faces().get(f));
        Geometry[] merged = new Geometry[n];
        for (int i = 0; i < n; i++) {
            List<Polygon> ps = byCounty.get(i);
            if (ps.isEmpty()) throw new IllegalStateException("county " + source.get(i).adcode() + " lost all its area in repair");
            merged[i] = union(ps, factory);
        }
        int before = 0;
        for (Geometry g : merged) before += g.getNumPoints();
        Geometry[] simplified = CoverageSimplifier.simplify(merged, SIMPLIFY_TOLERANCE_DEG);
        int after = 0;
        List<County> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Geometry g = simplified[i];
            g.normalize();
            after += g.getNumPoints();
            out.add(source.get(i).withGeometry(g));
        }
        return new Result(out, invalid, overlaps, gaps, fragments, faces, sourceArea, before, after);
    }

    /**
     * Detached pieces of a county smaller than {@link #FRAGMENT_KM2} (left by pinched rings in the
     * quantised source) go to the neighbour they share most border with; real exclaves are larger.
     */
    private List<FixedFace> mergeFragments(PlanarArrangement arr, int[] owner, List<County> source) {
        int faces = owner.length;
        int[] comp = new int[faces];
        Arrays.fill(comp, -1);
        List<List<Integer>> comps = new ArrayList<>();
        for (int s = 0; s < faces; s++) {
            if (comp[s] >= 0) continue;
            List<Integer> members = new ArrayList<>();
            java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
            q.add(s);
            comp[s] = comps.size();
            while (!q.isEmpty()) {
                int x = q.poll();
                members.add(x);
                for (int o : arr.neighbours(x).keySet()) {
                    if (comp[o] < 0 && owner[o] == owner[x]) {
                        comp[o] = comps.size();
                        q.add(o);
                    }
                }
            }
            comps.add(members);
        }
        List<FixedFace> out = new ArrayList<>();
        for (List<Integer> members : comps) {
            double area = 0;
            for (int fi : members) area += EqualAreaProjection.areaKm2(arr.faces().get(fi));
            if (area >= FRAGMENT_KM2) continue;
            int from = owner[members.get(0)];
            java.util.TreeMap<Integer, Double> border = new java.util.TreeMap<>();
            for (int fi : members) {
                for (Map.Entry<Integer, Double> e : arr.neighbours(fi).entrySet()) {
                    int o = owner[e.getKey()];
                    if (o != from) border.merge(o, e.getValue(), Double::sum);
                }
            }
            if (border.isEmpty()) continue;
            int to = border.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            for (int fi : members) owner[fi] = to;
            Point p = arr.interiorPoint(members.get(0));
            out.add(new FixedFace("fragment", List.of(source.get(from).adcode()), source.get(to).adcode(), area, p.getX(), p.getY()));
        }
        return out;
    }

    /** Exact union of edge-matched faces. */
    static Geometry union(List<? extends Geometry> faces, GeometryFactory factory) {
        Geometry[] parts = faces.toArray(new Geometry[0]);
        Geometry u = CoverageUnion.union(parts);
        if (u == null) u = factory.createPolygon();
        if (!u.isValid()) {
            // Coverage union can leave a ring touching itself (e.g. around an enclave that touches its
            // surroundings at a point); an overlay union on the same grid gives the valid form.
            u = UnaryUnionNG.union(factory.createGeometryCollection(parts), new PrecisionModel(SampleSchemeGenerator.SCALE));
        }
        u.normalize();
        return u;
    }
}
