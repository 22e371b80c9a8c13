package org.ecozoning.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.scheme.GkLayer;
import org.ecozoning.scheme.IndexedUnit;
import org.ecozoning.scheme.IndexedZone;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.WKBWriter;

/**
 * Puts the engine's assessment next to the equivalent PostGIS SQL in one run on the same inputs,
 * so the ratio is not distorted by different machines or moments: the 1,033 sample units go into a
 * scratch table (own schema, GiST index, ANALYZE; dropped at the end), N seeded ~200-vertex site
 * polygons are generated, and per site {@code engine.assess(...)} and a prepared statement doing
 * the same unit overlay ({@code ST_Intersects} + {@code ST_Area(ST_Transform(ST_Intersection(..), gk))})
 * are timed alternately. Both must find the same unit codes per site; mismatches are counted. Besides
 * wall-clock time it records CPU time (the engine's thread; for SQL the JDBC client thread plus the
 * PostgreSQL backend process from /proc/&lt;pid&gt;/schedstat when the server runs on this host), which
 * time-slicing by other processes on a busy machine does not inflate.
 *
 * <p>Usage: {@code java -cp … org.ecozoning.bench.EngineVsPostgis [jdbc-url [sites [rounds [scheme-folder]]]]}
 */
public final class EngineVsPostgis {
    private EngineVsPostgis() { }

    /** The pair: the units overlay in EPSG:4490, areas after projecting the intersection to the site's GK zone. */
    static final String SQL = "WITH s AS (SELECT ST_GeomFromWKB(?, 4490) AS g) "
            + "SELECT u.code, ST_Area(ST_Transform(ST_Intersection(u.geom, s.g), ?)) "
            + "FROM %s.units u, s WHERE ST_Intersects(u.geom, s.g)";

    /**
     * The same spatial work as the engine, in one statement: units and element zones stored pre-projected
     * into both GK zones (the engine's own projected coordinates, like its layers), the site projected
     * with ST_Transform to its GK zone; unit and zone overlaps as planar GK areas; zones that some rule
     * measures distances to (noise-sensitive areas, 200 m) by ST_DWithin + ST_Distance. Rows: kind
     * ('U' unit, 'Z' zone overlap, 'D' zone distance), id, value. One table per layer ({@code units_4546}, …,
     * geometry(Geometry, srid)) as PostGIS refuses mixed SRIDs in one expression; one prepared statement per layer.
     */
    static final String SQL_FULL = "WITH s AS (SELECT ST_Transform(ST_GeomFromWKB(?, 4490), %2$d) AS g) "
            + "SELECT 'U', u.code, ST_Area(ST_Intersection(u.geom, s.g)) FROM %1$s.units_%2$d u, s "
            + "  WHERE ST_Intersects(u.geom, s.g) "
            + "UNION ALL SELECT 'Z', z.id, ST_Area(ST_Intersection(z.geom, s.g)) FROM %1$s.zones_%2$d z, s "
            + "  WHERE ST_Intersects(z.geom, s.g) "
            + "UNION ALL SELECT 'D', z.id, ST_Distance(z.geom, s.g) FROM %1$s.zones_%2$d z, s "
            + "  WHERE z.within_m > 0 AND ST_DWithin(z.geom, s.g, z.within_m) AND NOT ST_Intersects(z.geom, s.g)";

    /**
     * {@link #SQL_FULL} plus what the project guide's bar also names: distance to the nearest priority
     * protection unit and to the nearest ecological red line (KNN {@code <->}, then ST_Distance). The
     * engine's report has no such distances, so this side does more work than the engine.
     */
    static final String SQL_FULL_KNN = SQL_FULL
            + " UNION ALL SELECT 'P', NULL, (SELECT ST_Distance(u.geom, (SELECT g FROM s)) FROM %1$s.units_%2$d u "
            + "   WHERE u.unit_class = 'PRIORITY_PROTECTION' ORDER BY u.geom <-> ST_Transform(ST_GeomFromWKB(?, 4490), %2$d) LIMIT 1)"
            + " UNION ALL SELECT 'R', NULL, (SELECT ST_Distance(u.geom, (SELECT g FROM s)) FROM %1$s.units_%2$d u "
            + "   WHERE u.subtype = 'ECOLOGICAL_RED_LINE' ORDER BY u.geom <-> ST_Transform(ST_GeomFromWKB(?, 4490), %2$d) LIMIT 1)";

    public static void main(String[] args) throws SQLException {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:18500/zoning?user=postgres";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path dir = Path.of(args.length > 3 ? args[3] : "workspace/sample");
        Scheme scheme = SchemeFiles.load(dir);
        ComplianceEngine engine = new ComplianceEngine(scheme, IndustryCatalog.gbt4754());
        List<Geometry> sites = sites(scheme, n, 20260423L);
        List<ProjectInput> inputs = sites.stream().map(g -> ComplianceEngineBenchmark.input(g, "2614")).toList();
        int[] gk = sites.stream().mapToInt(g -> GaussKruger.zoneFor(g.getCentroid().getX()).epsg()).toArray();
        WKBWriter wkb = new WKBWriter();
        byte[][] siteWkb = sites.stream().map(wkb::write).toArray(byte[][]::new);
        String schema = "bench_evp_" + ProcessHandle.current().pid();
        System.out.printf(Locale.ROOT, "scheme %s: %d units; %d sites, %d measured rounds; PostGIS at %s%n",
                dir, scheme.units().size(), n, rounds, url.replaceAll("password=[^&]*", "password=…"));
        try (Connection c = DriverManager.getConnection(url)) {
            try {
                load(c, schema, scheme.units());
                loadProjected(c, schema, scheme);
                Map<Integer, PreparedStatement> full = new TreeMap<>(), knn = new TreeMap<>();
                try (PreparedStatement ps = c.prepareStatement(SQL.formatted(schema))) {
                    for (GkLayer l : scheme.layers().values()) {
                        full.put(l.crs().epsg(), prepare(c, SQL_FULL.formatted(schema, l.crs().epsg())));
                        knn.put(l.crs().epsg(), prepare(c, SQL_FULL_KNN.formatted(schema, l.crs().epsg())));
                    }
                    long backend;
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                        rs.next();
                        backend = rs.getLong(1);
                    }
                    backendStat = Path.of("/proc/" + backend + "/schedstat");
                    if (!java.nio.file.Files.isReadable(backendStat)) backendStat = null; // PostGIS on another host: wall-clock only
                    run(engine, inputs, ps, List.of(full, knn), siteWkb, gk, rounds);
                } finally {
                    for (PreparedStatement p : full.values()) p.close();
                    for (PreparedStatement p : knn.values()) p.close();
                }
            } finally {
                if (!Boolean.getBoolean("keep")) {
                    try (Statement st = c.createStatement()) { st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"); }
                }
            }
        }
    }

    /** Seeded sites: ~200-vertex wobbly rings 150–450 m across-radius at random places inside the scheme's units. */
    static List<Geometry> sites(Scheme scheme, int n, long seed) {
        STRtree tree = new STRtree();
        for (ControlUnit u : scheme.units()) tree.insert(u.geometry().getEnvelopeInternal(), u);
        var ext = scheme.extent();
        Random r = new Random(seed);
        List<Geometry> out = new ArrayList<>();
        while (out.size() < n) {
            double lon = ext.getMinX() + r.nextDouble() * ext.getWidth();
            double lat = ext.getMinY() + r.nextDouble() * ext.getHeight();
            var p = SyntheticScheme.GF.createPoint(new Coordinate(lon, lat));
            boolean inside = false;
            for (Object o : tree.query(p.getEnvelopeInternal())) if (((ControlUnit) o).geometry().contains(p)) { inside = true; break; }
            if (!inside) continue;
            var zone = GaussKruger.zoneFor(lon);
            double[] c = CrsTransformer.of(CrsRegistry.CGCS2000, zone).transform(lon, lat);
            double radius = 150 + r.nextDouble() * 300;
            double ph1 = r.nextDouble() * 6.3, ph2 = r.nextDouble() * 6.3;
            int v = 200;
            Coordinate[] cs = new Coordinate[v + 1];
            for (int i = 0; i < v; i++) {
                double a = 2 * Math.PI * i / v;
                double rr = radius * (1 + 0.15 * Math.sin(3 * a + ph1) + 0.08 * Math.sin(7 * a + ph2));
                cs[i] = new Coordinate(c[0] + rr * Math.cos(a), c[1] + rr * Math.sin(a));
            }
            cs[v] = cs[0].copy();
            out.add(CrsTransformer.of(zone, CrsRegistry.CGCS2000).transform(SyntheticScheme.GF.createPolygon(cs)));
        }
        return out;
    }

    static void load(Connection c, String schema, List<ControlUnit> units) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            st.execute("CREATE TABLE " + schema + ".units (code text PRIMARY KEY, geom geometry(Geometry, 4490) NOT NULL)");
        }
        WKBWriter wkb = new WKBWriter();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".units VALUES (?, ST_GeomFromWKB(?, 4490))")) {
            for (ControlUnit u : units) {
                ps.setString(1, u.code().value());
                ps.setBytes(2, wkb.write(u.geometry()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE INDEX ON " + schema + ".units USING gist (geom)");
            st.execute("ANALYZE " + schema + ".units");
        }
        System.out.printf(Locale.ROOT, "scratch table %s.units loaded, GiST-indexed, analysed in %.1f s%n", schema, (System.nanoTime() - t0) / 1e9);
    }

    /** Units and zones as the engine holds them: pre-projected into each GK layer (SRID = the layer's EPSG code). */
    static void loadProjected(Connection c, String schema, Scheme scheme) throws SQLException {
        long t0 = System.nanoTime();
        WKBWriter wkb = new WKBWriter();
        for (GkLayer layer : scheme.layers().values()) {
            int srid = layer.crs().epsg();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE " + schema + ".units_" + srid + " (code text, unit_class text, subtype text, geom geometry(Geometry, " + srid + ") NOT NULL)");
                st.execute("CREATE TABLE " + schema + ".zones_" + srid + " (id text, type text, within_m float8, geom geometry(Geometry, " + srid + ") NOT NULL)");
            }
            try (PreparedStatement pu = c.prepareStatement("INSERT INTO " + schema + ".units_" + srid + " VALUES (?, ?, ?, ST_GeomFromWKB(?, " + srid + "))");
                 PreparedStatement pz = c.prepareStatement("INSERT INTO " + schema + ".zones_" + srid + " VALUES (?, ?, ?, ST_GeomFromWKB(?, " + srid + "))")) {
                for (IndexedUnit u : layer.units()) {
                    pu.setString(1, u.unit().code().value());
                    pu.setString(2, u.unit().unitClass().name());
                    pu.setString(3, u.unit().subtype().name());
                    pu.setBytes(4, wkb.write(u.projected()));
                    pu.addBatch();
                }
                for (IndexedZone z : layer.zones()) {
                    pz.setString(1, z.zone().id());
                    pz.setString(2, z.zone().type().name());
                    pz.setDouble(3, scheme.rules().maxWithinMeters(z.zone().type()));
                    pz.setBytes(4, wkb.write(z.projected()));
                    pz.addBatch();
                }
                pu.executeBatch();
                pz.executeBatch();
            }
            try (Statement st = c.createStatement()) {
                // partial indexes for the KNN searches of the guide's variant (nearest priority unit, nearest red line)
                st.execute("CREATE INDEX ON " + schema + ".units_" + srid + " USING gist (geom) WHERE unit_class = 'PRIORITY_PROTECTION'");
                st.execute("CREATE INDEX ON " + schema + ".units_" + srid + " USING gist (geom) WHERE subtype = 'ECOLOGICAL_RED_LINE'");
                for (String t : new String[] {"units_", "zones_"}) {
                    st.execute("CREATE INDEX ON " + schema + "." + t + srid + " USING gist (geom)");
                    st.execute("ANALYZE " + schema + "." + t + srid);
                }
            }
        }
        System.out.printf(Locale.ROOT, "scratch tables %s.units_<srid>, zones_<srid> (pre-projected GK layers %s) loaded, GiST-indexed, analysed in %.1f s%n",
                schema, scheme.layers().values().stream().map(l -> l.crs().id()).toList(), (System.nanoTime() - t0) / 1e9);
    }

    private static final Map<PreparedStatement, Integer> PARAMS = new java.util.IdentityHashMap<>();

    private static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        PARAMS.put(ps, (int) sql.chars().filter(ch -> ch == '?').count());
        return ps;
    }

    /** /proc/&lt;backend pid&gt;/schedstat of the connection's PostgreSQL backend (same host), or null. */
    private static Path backendStat;
    private static final java.lang.management.ThreadMXBean MX = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time the backend process has run, ns (first field of schedstat); 0 when unknown. */
    static long backendCpu() {
        if (backendStat == null) return 0;
        try {
            String t = java.nio.file.Files.readString(backendStat);
            return Long.parseLong(t.substring(0, t.indexOf(' ')));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Back-to-back repetitions per timed call ({@code -Dreps=N}, default 1): 1 measures each call cold,
     * right after the other side's (caches and branch predictors taken by the other side, the JDBC
     * socket wait, other processes); N &gt; 1 gives the warm per-call cost of both sides.
     */
    static final int REPS = Integer.getInteger("reps", 1);

    /** Cycle of sides: engine, issue's SQL, engine + report distances, same-work SQL, same + KNN. */
    private static final int[] ORDER = {0, 1, 4, 2, 3};

    static final String[] SIDES = {"engine.assess (full report)", "SQL units only (issue's pair)", "SQL units+zones+distances (GK)",
            "  same + KNN priority/red-line", "  engine.assess + report Distances"};

    static void run(ComplianceEngine engine, List<ProjectInput> inputs, PreparedStatement ps0, List<Map<Integer, PreparedStatement>> ps, byte[][] wkb, int[] gk, int rounds)
            throws SQLException {
        int n = inputs.size();
        int sides = 3 + ps.size(); // + the engine with the report's nearest priority / red-line distances
        // warm-up: every side, every site, a few times (JIT, PostGIS plan cache / server-side prepare)
        for (int w = 0; w < 5; w++) {
            for (int i = 0; i < n; i++) {
                engine.assess(inputs.get(i));
                query(ps0, wkb[i], gk[i]);
                for (Map<Integer, PreparedStatement> q : ps) queryFull(q, wkb[i], gk[i]);
                org.ecozoning.ogc.report.Distances.of(engine.scheme(), inputs.get(i).geometry());
            }
        }
        long[][][] t = new long[sides][n][rounds];
        long[][][] cpu = new long[sides][n][rounds]; // engine: its thread's CPU; SQL: client thread (JDBC) + backend process CPU
        Map<String, Double> lastPg = null;
        Map<String, Double> lastFull = null;
        AssessmentReport lastEngine = null;
        int mismatches = 0, multiUnit = 0, fullMismatches = 0, zoneSites = 0, distSites = 0;
        double maxAreaRel = 0, maxAreaAbs = 0, relAt = 0, maxFullRel = 0, maxDistAbs = 0;
        for (int k = 0; k < rounds; k++) {
            for (int i = 0; i < n; i++) {
                int first = (i + k) % sides; // rotate which side goes first, in a cycle where no engine side follows the other
                for (int j = 0; j < sides; j++) {
                    int side = ORDER[(first + j) % sides];
                    boolean sql = side >= 1 && side <= 3;
                    long b0 = sql ? backendCpu() : 0;
                    long c0 = MX.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    for (int r = 0; r < REPS; r++) {
                        if (side == 0) lastEngine = engine.assess(inputs.get(i));
                        else if (side == 1) lastPg = query(ps0, wkb[i], gk[i]);
                        else if (side == 2) lastFull = queryFull(ps.get(0), wkb[i], gk[i]);
                        else if (side == 3) queryFull(ps.get(1), wkb[i], gk[i]);
                        else {
                            engine.assess(inputs.get(i));
                            org.ecozoning.ogc.report.Distances.of(engine.scheme(), inputs.get(i).geometry());
                        }
                    }
                    t[side][i][k] = (System.nanoTime() - s) / REPS;
                    long c1 = MX.getCurrentThreadCpuTime();
                    cpu[side][i][k] = (c1 - c0 + (sql ? backendCpu() - b0 : 0)) / REPS;
                }
                if (k == 0) {
                    Map<String, Double> eng = new TreeMap<>();
                    for (AssessmentReport.UnitHit h : lastEngine.units()) eng.put(h.code(), h.overlap());
                    if (!eng.keySet().equals(lastPg.keySet())) {
                        mismatches++;
                        System.out.println("  mismatch site " + i + ": engine " + eng.keySet() + " PostGIS " + lastPg.keySet());
                    } else {
                        if (eng.size() > 1) multiUnit++;
                        for (var e : eng.entrySet()) {
                            double pg = lastPg.get(e.getKey());
                            double d = Math.abs(e.getValue() - pg);
                            maxAreaAbs = Math.max(maxAreaAbs, d);
                            if (d / Math.max(1e-9, Math.abs(pg)) > maxAreaRel) { maxAreaRel = d / Math.max(1e-9, Math.abs(pg)); relAt = pg; }
                        }
                    }
                    // the full statement against the engine's units, zones and distances
                    Map<String, Double> want = new TreeMap<>();
                    for (AssessmentReport.UnitHit h : lastEngine.units()) want.put("U" + h.code(), h.overlap());
                    for (AssessmentReport.ZoneHit z : lastEngine.zones()) {
                        if (z.inside()) want.put("Z" + z.id(), z.overlap());
                        else want.put("D" + z.id(), z.distance());
                    }
                    if (lastEngine.zones().stream().anyMatch(AssessmentReport.ZoneHit::inside)) zoneSites++;
                    if (lastEngine.zones().stream().anyMatch(z -> !z.inside())) distSites++;
                    Map<String, Double> got = new TreeMap<>();
                    double tol = 1e-6 * lastEngine.measure().area();
                    for (var e : lastFull.entrySet()) if (e.getKey().startsWith("D") || e.getValue() > tol) got.put(e.getKey(), e.getValue());
                    if (!want.keySet().equals(got.keySet())) {
                        fullMismatches++;
                        System.out.println("  full-statement mismatch site " + i + ": engine " + want.keySet() + " PostGIS " + got.keySet());
                    } else {
                        for (var e : want.entrySet()) {
                            double pg = got.get(e.getKey());
                            double d = Math.abs(e.getValue() - pg);
                            if (e.getKey().startsWith("D")) maxDistAbs = Math.max(maxDistAbs, d);
                            else maxFullRel = Math.max(maxFullRel, d / Math.max(1, Math.abs(pg)));
                        }
                    }
                }
            }
        }
        double[][] med = new double[sides][];
        for (int side = 0; side < sides; side++) med[side] = perSiteMedians(t[side]);
        System.out.printf(Locale.ROOT, "each timed call repeated %d× back to back (time per call)%n", REPS);
        System.out.printf(Locale.ROOT, "issue's pair: unit codes %d mismatches of %d sites (%d sites over more than one unit); overlap area per unit: max difference %.3f m², max relative difference %.2e (on a %.1f m² overlap)%n",
                mismatches, n, multiUnit, maxAreaAbs, maxAreaRel, relAt);
        System.out.printf(Locale.ROOT, "full statement: %d mismatches of unit/zone/distance sets (%d sites overlap a zone, %d are within a rule's distance of one); "
                + "max relative area difference %.2e, max distance difference %.3f m%n", fullMismatches, zoneSites, distSites, maxFullRel, maxDistAbs);
        System.out.printf(Locale.ROOT, "%-36s %10s %10s %10s %18s %18s%n", "per-site time (median of rounds)", "median µs", "p90 µs", "mean µs",
                "ratio of medians", "per-site ratio med");
        double[] se = med[0].clone();
        Arrays.sort(se);
        for (int side = 0; side < sides; side++) {
            double[] sp = med[side].clone();
            Arrays.sort(sp);
            double[] ratio = new double[n];
            for (int i = 0; i < n; i++) ratio[i] = med[side][i] / med[0][i];
            Arrays.sort(ratio);
            System.out.printf(Locale.ROOT, "%-36s %10.1f %10.1f %10.1f %18s %18s%n", SIDES[side], pct(sp, 50), pct(sp, 90), mean(sp),
                    side == 0 ? "" : String.format(Locale.ROOT, "%.2f (p90s %.2f)", pct(sp, 50) / pct(se, 50), pct(sp, 90) / pct(se, 90)),
                    side == 0 ? "" : String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", pct(ratio, 50), pct(ratio, 10), pct(ratio, 90)));
        }
        if (backendStat != null) {
            double[][] cm = new double[sides][];
            for (int side = 0; side < sides; side++) cm[side] = perSiteMedians(cpu[side]);
            double[] ce0 = cm[0].clone();
            Arrays.sort(ce0);
            System.out.printf(Locale.ROOT, "CPU time per site (median of rounds; SQL = JDBC client thread + PostgreSQL backend process)%n");
            for (int side = 0; side < sides; side++) {
                double[] sp = cm[side].clone();
                Arrays.sort(sp);
                System.out.printf(Locale.ROOT, "%-36s %10.1f %10.1f %10.1f %18s%n", SIDES[side], pct(sp, 50), pct(sp, 90), mean(sp),
                        side == 0 ? "" : String.format(Locale.ROOT, "%.2f (p90s %.2f)", pct(sp, 50) / pct(ce0, 50), pct(sp, 90) / pct(ce0, 90)));
            }
            List<Integer> crossing = new ArrayList<>();
            for (int i = 0; i < n; i++) if (engine.assess(inputs.get(i)).units().size() > 1) crossing.add(i);
            if (!crossing.isEmpty()) {
                System.out.printf(Locale.ROOT, "CPU time, sites over more than one unit (%d):%n", crossing.size());
                double[] xe = crossing.stream().mapToDouble(i -> cm[0][i]).sorted().toArray();
                for (int side = 0; side < sides; side++) {
                    final int sd = side;
                    double[] xp = crossing.stream().mapToDouble(i -> cm[sd][i]).sorted().toArray();
                    System.out.printf(Locale.ROOT, "%-36s %10.1f %10.1f %10.1f %18s%n", SIDES[side], pct(xp, 50), pct(xp, 90), mean(xp),
                            side == 0 ? "" : String.format(Locale.ROOT, "%.2f (p90s %.2f)", pct(xp, 50) / pct(xe, 50), pct(xp, 90) / pct(xe, 90)));
                }
            }
        }
        // the sites over more than one unit on their own
        List<Integer> cross = new ArrayList<>();
        for (int i = 0; i < n; i++) if (engine.assess(inputs.get(i)).units().size() > 1) cross.add(i);
        if (!cross.isEmpty()) {
            System.out.printf(Locale.ROOT, "sites over more than one unit (%d):%n", cross.size());
            double[] ce = cross.stream().mapToDouble(i -> med[0][i]).sorted().toArray();
            for (int side = 0; side < sides; side++) {
                final int sd = side;
                double[] cp = cross.stream().mapToDouble(i -> med[sd][i]).sorted().toArray();
                System.out.printf(Locale.ROOT, "%-36s %10.1f %10.1f %10.1f %18s%n", SIDES[side], pct(cp, 50), pct(cp, 90), mean(cp),
                        side == 0 ? "" : String.format(Locale.ROOT, "%.2f (p90s %.2f)", pct(cp, 50) / pct(ce, 50), pct(cp, 90) / pct(ce, 90)));
            }
        }
    }

    /** Runs a full statement; keys are kind + id ('P'/'R' rows: kind only). */
    static Map<String, Double> queryFull(Map<Integer, PreparedStatement> bySrid, byte[] wkb, int srid) throws SQLException {
        PreparedStatement ps = bySrid.get(srid);
        int params = PARAMS.get(ps); // every parameter is the site's WKB
        for (int p = 1; p <= params; p++) ps.setBytes(p, wkb);
        Map<String, Double> out = new TreeMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(2);
                out.put(rs.getString(1) + (id == null ? "" : id), rs.getDouble(3));
            }
        }
        return out;
    }

    static Map<String, Double> query(PreparedStatement ps, byte[] wkb, int srid) throws SQLException {
        ps.setBytes(1, wkb);
        ps.setInt(2, srid);
        Map<String, Double> out = new TreeMap<>();
        try (ResultSet rs = ps.executeQuery()) { while (rs.next()) out.put(rs.getString(1), rs.getDouble(2)); }
        return out;
    }

    static double[] perSiteMedians(long[][] t) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            long[] c = t[i].clone();
            Arrays.sort(c);
            out[i] = c[c.length / 2] / 1000.0;
        }
        return out;
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p / 100.0 * sorted.length))];
    }

    static double mean(double[] a) { return Arrays.stream(a).average().orElse(Double.NaN); }
}
