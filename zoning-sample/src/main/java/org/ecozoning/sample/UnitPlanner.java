package org.ecozoning.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ecozoning.model.UnitSubtype;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Plans the control units of one county as an ordered list of candidate shapes (km plane): the
 * first candidate containing a point owns it, so the order is the order of precedence — water
 * sources, urban centre, parks, reserves, springs, red line, wetlands, mining, forest, and the
 * general remainder last. Each candidate is kept only if what it adds is not a crumb. Sizes are
 * tuned so the province lands near 40 % priority protection and 12 % key control by area.
 */
final class UnitPlanner {

    /** One planned unit: its subtype, a place label used in its name, its shape and facts for its clauses. */
    record Candidate(UnitSubtype subtype, String label, Geometry shapeKm, Map<String, String> attrs, double plannedKm2) { }

    /** Everything planned for one county. */
    record Plan(County county, double[] seat, boolean seatFromGazetteer, double urbanRadiusKm, List<Candidate> candidates,
                String generalFallbackLabel, double areaKm2) { }

    private final long seed;
    private final Shapes shapes;
    private final Landscape land;
    private final GeometryFactory f;
    private final Map<String, Geometry> redLines = new LinkedHashMap<>();
    private final Map<String, Geometry> reserves = new LinkedHashMap<>();
    private final Map<String, Geometry> springs = new LinkedHashMap<>();
    private final Map<String, Geometry> lakes = new LinkedHashMap<>();
    private final Map<String, Geometry> riversKm = new LinkedHashMap<>();

    UnitPlanner(long seed, Shapes shapes, Landscape land) {
        this.seed = seed;
        this.shapes = shapes;
        this.land = land;
        this.f = shapes.factory();
        SplittableRandom g = new SplittableRandom(seed);
        redLines.put("太行山", shapes.chain(g.split(), land.taihangKm, 6, 8, 14, 0.85));
        for (Gazetteer.Range r : Gazetteer.RANGES) {
            redLines.put(r.name(), shapes.chain(g.split(), shapes.lineKm(r.points()), 6, r.minHalfWidthKm(), r.maxHalfWidthKm(), 0.8));
        }
        for (Gazetteer.Place p : Gazetteer.NATURE_RESERVES) {
            Coordinate c = shapes.km(p.lon(), p.lat());
            reserves.put(p.name(), shapes.blob(g.split(), c.x, c.y, p.sizeKm(), 3));
        }
        for (Gazetteer.Place p : Gazetteer.KARST_SPRINGS) {
            Coordinate c = shapes.km(p.lon(), p.lat());
            springs.put(p.name(), shapes.blob(g.split(), c.x, c.y, p.sizeKm(), 3));
        }
        for (Gazetteer.Place p : Gazetteer.LAKES) {
            Coordinate c = shapes.km(p.lon(), p.lat());
            lakes.put(p.name(), shapes.blob(g.split(), c.x, c.y, p.sizeKm(), 2));
        }
        riversKm.put("黄河", land.yellowRiverKm);
        for (Map.Entry<String, List<LineString>> e : land.keyRivers.entrySet()) {
            List<Geometry> ls = new ArrayList<>();
            for (LineString l : e.getValue()) ls.add(EqualAreaProjection.toKm(l));
            // Rivers with several branches (浊漳河) are one lineal geometry per name.
            riversKm.put(e.getKey(), f.buildGeometry(ls));
        }
    }

    private Geometry riverKm(String name) { return riversKm.get(name); }

    /** Seat of a county: the gazetteer's point when it lies in the polygon, else an interior point. */
    static double[] seat(County c, GeometryFactory f) {
        double[] s = Gazetteer.SEATS.get(c.adcode());
        if (s != null && c.geometry().contains(f.createPoint(new Coordinate(s[0], s[1])))) return s;
        Coordinate ip = c.geometry().getInteriorPoint().getCoordinate();
        return new double[] {ip.x, ip.y};
    }

    Plan plan(County county) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + Long.parseLong(county.adcode()));
        Geometry cKm = EqualAreaProjection.toKm(county.geometry());
        double area = cKm.getArea();
        double minArea = Math.max(0.3, Math.min(2.0, 0.003 * area));
        double[] seat = seat(county, f);
        boolean fromGaz = Gazetteer.SEATS.containsKey(county.adcode())
                && seat[0] == Gazetteer.SEATS.get(county.adcode())[0] && seat[1] == Gazetteer.SEATS.get(county.adcode())[1];
        Coordinate seatKm = shapes.km(seat[0], seat[1]);
        String name = county.name();
        boolean district = name.endsWith("区");
        boolean city = name.endsWith("市");
        boolean prefSeat = Gazetteer.PREFECTURE_SEAT_DISTRICTS.contains(county.adcode());
        double rUc = prefSeat ? 4.5 + 1.5 * rnd.nextDouble() : district ? 3.0 + 1.5 * rnd.nextDouble()
                : city ? 3.0 + 1.0 * rnd.nextDouble() : 2.0 + 1.0 * rnd.nextDouble();
        rUc = Math.min(rUc, Math.sqrt(area / Math.PI) * 0.8);
        Builder b = new Builder(cKm, minArea);
        IndexedPointInAreaLocator inCounty = new IndexedPointInAreaLocator(cKm);

        // 1. Drinking-water source near the seat (named reservoir where one is known).
        Gazetteer.Place named = Gazetteer.NAMED_WATER_SOURCES.get(county.adcode());
        double rDw = named != null ? named.sizeKm() : 1.2 + 1.2 * rnd.nextDouble();
        Coordinate dwC = null;
        String dwLabel = "城区地下水";
        if (named != null) {
            Coordinate c = shapes.km(named.lon(), named.lat());
            if (inCounty.locate(c) == Location.INTERIOR) {
                dwC = c;
                dwLabel = named.name();
            }
        }
        if (dwC == null) {
            dwC = around(rnd, seatKm, rUc + rDw + 0.8, 4, inCounty);
            if (rnd.nextDouble() < 0.35) dwLabel = "城区水库";
        }
        if (dwC != null) {
            b.add(UnitSubtype.DRINKING_WATER_SOURCE, dwLabel, shapes.blob(rnd, dwC.x, dwC.y, rDw, 2), Map.of("source", dwLabel));
        }

        // 2. Urban centre around the seat.
        b.add(UnitSubtype.URBAN_CENTRE, "城镇中心", shapes.blob(rnd, seatKm.x, seatKm.y, rUc, 3), Map.of());

        // 3. Chemical parks (fixed list).
        for (Gazetteer.ChemPark cp : Gazetteer.CHEMICAL_PARKS) {
            if (!cp.adcode().equals(county.adcode())) continue;
            Coordinate c = shapes.km(cp.lon(), cp.lat());
            if (cp.nearYellowRiver()) {
                Coordinate onRiver = new LengthIndexedLine(land.yellowRiverKm).extractPoint(
                        new LengthIndexedLine(land.yellowRiverKm).project(c));
                double dx = seatKm.x - onRiver.x, dy = seatKm.y - onRiver.y, d = Math.hypot(dx, dy);
                Coordinate bank = new Coordinate(onRiver.x + dx / d * 2.2, onRiver.y + dy / d * 2.2);
                if (inCounty.locate(bank) == Location.INTERIOR) c = bank;
            }
            if (inCounty.locate(c) != Location.INTERIOR) c = around(rnd, seatKm, rUc + 3, 4, inCounty);
            if (c == null) continue;
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("park", cp.name());
            if (cp.nearYellowRiver()) attrs.put("yellowRiverBank", "true");
            b.add(UnitSubtype.CHEMICAL_PARK, cp.name(), shapes.capsule(rnd, c.x, c.y, 1.0 + rnd.nextDouble(), 1.6 + 0.6 * rnd.nextDouble()), attrs);
        }

        // 4. Industrial park for cities, seat districts and about half of the counties.
        boolean wantsPark = prefSeat || city || (!district && rnd.nextDouble() < 0.6) || (district && area > 250 && rnd.nextDouble() < 0.6);
        if (wantsPark) {
            Coordinate c = around(rnd, seatKm, rUc + 2.5, 5, inCounty);
            if (c != null) {
                String park = shortName(county) + (prefSeat || city ? "经济技术开发区" : "工业园区");
                b.add(UnitSubtype.INDUSTRIAL_PARK, park, shapes.capsule(rnd, c.x, c.y, 1.0 + 1.5 * rnd.nextDouble(), 1.3 + 1.0 * rnd.nextDouble()),
                        Map.of("park", park));
            }
        }

        // 5–7. Reserves, karst springs, red line (province-wide shapes cut by the county).
        for (Map.Entry<String, Geometry> e : reserves.entrySet()) {
            b.add(UnitSubtype.NATURE_RESERVE, e.getKey(), e.getValue(), Map.of("reserve", e.getKey()));
        }
        for (Map.Entry<String, Geometry> e : springs.entrySet()) {
            b.add(UnitSubtype.KARST_SPRING, e.getKey(), e.getValue(), Map.of("spring", e.getKey()));
        }
        for (Map.Entry<String, Geometry> e : redLines.entrySet()) {
            b.add(UnitSubtype.ECOLOGICAL_RED_LINE, e.getKey(), e.getValue(), Map.of("range", e.getKey()));
        }

        // 8. Wetlands: up to two river stretches of 8 km or more, and lakes.
        List<Map.Entry<String, Double>> stretches = new ArrayList<>();
        for (String river : riverNames()) {
            if (river.equals("黄河") && !Gazetteer.YELLOW_RIVER_COUNTIES.contains(county.adcode())) continue;
            Geometry rg = riverKm(river);
            if (!rg.getEnvelopeInternal().intersects(cKm.getEnvelopeInternal())) continue;
            double len = river.equals("黄河") ? Shapes.intersection(rg, cKm.buffer(0.5, 2)).getLength()
                    : Shapes.intersection(rg, cKm).getLength();
            if (len >= 8) stretches.add(Map.entry(river, len));
        }
        stretches.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (int i = 0; i < Math.min(2, stretches.size()); i++) {
            String river = stretches.get(i).getKey();
            double w = river.equals("黄河") ? 1.0 + 0.8 * rnd.nextDouble() : 0.7 + 0.6 * rnd.nextDouble();
            // Buffer only the stretch near this county (the whole Yellow River is 1,000 km long).
            Envelope near = new Envelope(cKm.getEnvelopeInternal());
            near.expandBy(5);
            Geometry stretch = Shapes.intersection(riverKm(river), f.toGeometry(near));
            b.add(UnitSubtype.IMPORTANT_WETLAND, river, stretch.buffer(w, Shapes.QUADRANT_SEGMENTS), Map.of("river", river));
        }
        for (Map.Entry<String, Geometry> e : lakes.entrySet()) {
            b.add(UnitSubtype.IMPORTANT_WETLAND, e.getKey(), e.getValue(), Map.of("lake", e.getKey()));
        }

        // 9. Mining area in coal counties.
        String coalfield = Gazetteer.COAL_COUNTIES.get(county.adcode());
        if (coalfield != null) {
            double share = district && area < 400 ? 0.10 + 0.1 * rnd.nextDouble() : 0.11 + 0.12 * rnd.nextDouble();
            Geometry region = Shapes.difference(b.free(), shapes.circle(seatKm.x, seatKm.y, rUc + 3));
            Geometry mine = filler(rnd, region, region, share * area, 2 + rnd.nextInt(3));
            if (mine != null) b.add(UnitSubtype.MINING_AREA, coalfield, mine, Map.of("coalfield", coalfield));
        }

        // 10. Public-welfare forest tops the county's priority share up to its target.
        double target = district && area < 400 ? 0.08 + 0.08 * rnd.nextDouble() : 0.31 + 0.10 * rnd.nextDouble();
        double need = target * area - b.priorityArea();
        if (need > minArea) {
            // Large needs are met by two forest units, one on each side of the county.
            if (need > 350) {
                Coordinate cc = cKm.getCentroid().getCoordinate();
                Envelope ce = cKm.getEnvelopeInternal();
                boolean tall = ce.getHeight() >= ce.getWidth();
                Geometry[] halves = halves(ce, cc, tall);
                String[] labels = tall ? new String[] {"北部生态公益林", "南部生态公益林"} : new String[] {"西部生态公益林", "东部生态公益林"};
                for (int h = 0; h < 2; h++) {
                    // Seeds on one side only; the patches grow freely and are measured against all free land.
                    Geometry free = Shapes.difference(b.free(), shapes.circle(seatKm.x, seatKm.y, rUc + 2));
                    Geometry forest = filler(rnd, Shapes.intersection(free, halves[h]), free, need / 2, 2 + rnd.nextInt(3));
                    if (forest != null) b.add(UnitSubtype.ECOLOGICAL_FOREST, labels[h], forest, Map.of());
                }
            } else {
                Geometry region = Shapes.difference(b.free(), shapes.circle(seatKm.x, seatKm.y, rUc + 2));
                Geometry forest = filler(rnd, region, region, need, 3 + rnd.nextInt(4));
                if (forest != null) b.add(UnitSubtype.ECOLOGICAL_FOREST, "生态公益林", forest, Map.of());
            }
        }

        // 11. General control: the remainder, in one to three parts.
        Geometry rest = b.free();
        String fallback = null;
        double restArea = rest.getArea();
        if (restArea >= minArea) {
            int k = restArea < 80 ? 1 : restArea < 300 ? 2 : 3;
            List<Geometry> cells = k > 1 ? voronoiSplit(rnd, rest, k, Math.max(minArea, 0.12 * restArea)) : List.of();
            if (cells.isEmpty()) {
                fallback = "一般管控区";
            } else {
                Coordinate centre = cKm.getCentroid().getCoordinate();
                List<String> used = new ArrayList<>();
                for (Geometry cell : cells) {
                    Coordinate cc = Shapes.intersection(cell, rest).getCentroid().getCoordinate();
                    String dir = direction(cc.x - centre.x, cc.y - centre.y);
                    if (used.contains(dir)) dir = "中部";
                    int dup = 2;
                    String base = dir;
                    while (used.contains(dir)) dir = base + (dup++);
                    used.add(dir);
                    b.addRaw(UnitSubtype.GENERAL, dir, cell, Map.of("part", dir), Shapes.intersection(cell, rest).getArea());
                }
            }
        }
        return new Plan(county, seat, fromGaz, rUc, List.copyOf(b.candidates), fallback, area);
    }

    /** The two halves (north/south or west/east) of an envelope, split at {@code c}. */
    private Geometry[] halves(Envelope e, Coordinate c, boolean northSouth) {
        Envelope big = new Envelope(e);
        big.expandBy(30);
        if (northSouth) {
            return new Geometry[] {
                f.toGeometry(new Envelope(big.getMinX(), big.getMaxX(), c.y, big.getMaxY())),
                f.toGeometry(new Envelope(big.getMinX(), big.getMaxX(), big.getMinY(), c.y))};
        }
        return new Geometry[] {
            f.toGeometry(new Envelope(big.getMinX(), c.x, big.getMinY(), big.getMaxY())),
            f.toGeometry(new Envelope(c.x, big.getMaxX(), big.getMinY(), big.getMaxY()))};
    }

    /** Names of the rivers wetlands may follow, Yellow River first. */
    List<String> riverNames() { return List.copyOf(riversKm.keySet()); }

    /** A river's centre line(s) in km, for zones and wetlands. */
    Geometry river(String name) { return riverKm(name); }

    /** A point {@code dist + [0, spread)} km from {@code c} in a random direction that falls inside the county. */
    private static Coordinate around(SplittableRandom rnd, Coordinate c, double dist, double spread, IndexedPointInAreaLocator in) {
        for (int i = 0; i < 16; i++) {
            double a = rnd.nextDouble() * 2 * Math.PI;
            double d = dist + spread * rnd.nextDouble() * (i < 8 ? 1 : 0.3);
            Coordinate p = new Coordinate(c.x + d * StrictMath.cos(a), c.y + d * StrictMath.sin(a));
            if (in.locate(p) == Location.INTERIOR) return p;
        }
        return null;
    }

    /**
     * Patches around a few random points of {@code seedRegion}, grown together (bisection on a
     * common scale) until their part inside {@code region} has about {@code targetKm2}. Returns the
     * unclipped patches, or null when there is no room.
     */
    private Geometry filler(SplittableRandom rnd, Geometry seedRegion, Geometry region, double targetKm2, int seeds) {
        if (seedRegion.isEmpty() || seedRegion.getArea() < 1) return null;
        targetKm2 = Math.min(targetKm2, 0.85 * region.getArea());
        List<Geometry> templates = new ArrayList<>();
        List<Coordinate> centres = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            Coordinate c = Shapes.randomPointIn(rnd, seedRegion, 200);
            if (c == null) continue;
            centres.add(c);
            templates.add(shapes.blob(rnd, c.x, c.y, 0.6 + 0.8 * rnd.nextDouble(), 3));
        }
        if (templates.isEmpty()) return null;
        // Start from the scale that would be right if the patches neither overlapped nor left the
        // region, grow until the target is passed, then bisect.
        double sumArea = 0;
        for (Geometry t : templates) sumArea += t.getArea();
        double s = Math.sqrt(targetKm2 / sumArea), lo = 0, hi = Double.NaN;
        Geometry best = null;
        double bestErr = Double.MAX_VALUE;
        for (int it = 0; it < 20; it++) {
            Geometry g = scaled(templates, centres, s);
            double a = Shapes.intersection(g, region).getArea();
            double err = Math.abs(a - targetKm2);
            if (err < bestErr) {
                bestErr = err;
                best = g;
            }
            if (err < 0.03 * targetKm2) break;
            if (a < targetKm2) {
                lo = s;
                s = Double.isNaN(hi) ? s * 1.6 : (lo + hi) / 2;
            } else {
                hi = s;
                s = (lo + hi) / 2;
            }
        }
        return best;
    }

    private Geometry scaled(List<Geometry> templates, List<Coordinate> centres, double s) {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            Coordinate c = centres.get(i);
            parts.add(AffineTransformation.scaleInstance(s, s, c.x, c.y).transform(templates.get(i)));
        }
        return shapes.union(parts);
    }

    /** Voronoi cells of {@code k} random points of {@code rest}, or empty when no split gives big enough parts. */
    private List<Geometry> voronoiSplit(SplittableRandom rnd, Geometry rest, int k, double minPart) {
        for (int kk = k; kk >= 2; kk--) {
            for (int attempt = 0; attempt < 8; attempt++) {
                List<Coordinate> sites = new ArrayList<>();
                for (int i = 0; i < kk; i++) {
                    Coordinate c = Shapes.randomPointIn(rnd, rest, 200);
                    if (c != null) sites.add(c);
                }
                if (sites.size() < kk) continue;
                VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
                vb.setSites(sites);
                Envelope env = new Envelope(rest.getEnvelopeInternal());
                env.expandBy(20);
                vb.setClipEnvelope(env);
                Geometry diagram = vb.getDiagram(f);
                List<Geometry> cells = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < diagram.getNumGeometries(); i++) {
                    Geometry cell = diagram.getGeometryN(i);
                    cells.add(cell);
                    if (Shapes.intersection(cell, rest).getArea() < minPart) ok = false;
                }
                if (ok && cells.size() == kk) {
                    cells.sort(Comparator.comparingDouble((Geometry g) -> -g.getCentroid().getY())
                            .thenComparingDouble(g -> g.getCentroid().getX()));
                    return cells;
                }
            }
        }
        return List.of();
    }

    static String direction(double dx, double dy) {
        if (Math.hypot(dx, dy) < 3) return "中部";
        double deg = Math.toDegrees(StrictMath.atan2(dy, dx));
        String[] names = {"东部", "东北部", "北部", "西北部", "西部", "西南部", "南部", "东南部"};
        int idx = Math.floorMod(Math.round(deg / 45.0), 8);
        return names[idx];
    }

    /** A county's name without its 县/市/区 suffix, for park names ("清徐", "大同城区"). */
    static String shortName(County c) {
        String n = c.name();
        if (n.equals("城区") || n.equals("郊区") || n.equals("矿区")) return c.cityName().replace("市", "") + n;
        if (n.length() > 2 && (n.endsWith("县") || n.endsWith("市") || n.endsWith("区"))) return n.substring(0, n.length() - 1);
        return n;
    }

    /** Accumulates candidates, tracking what part of the county is already taken. */
    private final class Builder {
        final Geometry county;
        final double minArea;
        Geometry taken;
        double priority;
        final List<Candidate> candidates = new ArrayList<>();

        Builder(Geometry county, double minArea) {
            this.county = county;
            this.minArea = minArea;
            this.taken = f.createPolygon();
        }

        boolean add(UnitSubtype st, String label, Geometry shapeKm, Map<String, String> attrs) {
            if (!shapeKm.getEnvelopeInternal().intersects(county.getEnvelopeInternal())) return false;
            Geometry inCounty = Shapes.intersection(shapeKm, county);
            if (inCounty.getArea() < minArea) return false;
            double eff = Shapes.difference(inCounty, taken).getArea();
            if (eff < minArea) return false;
            taken = Shapes.union(taken, inCounty);
            addRaw(st, label, shapeKm, attrs, eff);
            return true;
        }

        void addRaw(UnitSubtype st, String label, Geometry shapeKm, Map<String, String> attrs, double eff) {
            if (st.unitClass() == org.ecozoning.model.UnitClass.PRIORITY_PROTECTION) priority += eff;
            candidates.add(new Candidate(st, label, shapeKm, attrs, eff));
        }

        Geometry free() { return Shapes.difference(county, taken); }

        double priorityArea() { return priority; }
    }
}
