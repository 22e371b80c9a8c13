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
 * are timed alternately. Both must find the same unit codes per site; mismatches are counted.
 *
 * <p>Usage: {@code java -cp … org.ecozoning.bench.EngineVsPostgis [jdbc-url [sites [rounds [scheme-folder]]]]}
 */
public final class EngineVsPostgis {
    private EngineVsPostgis() { }

    static final String SQL = "WITH s AS (SELECT ST_GeomFromWKB(?, 4490) AS g) "
            + "SELECT u.code, ST_Area(ST_Transform(ST_Intersection(u.geom, s.g), ?)) "
            + "FROM %s.units u, s WHERE ST_Intersects(u.geom, s.g)";

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
                try (PreparedStatement ps = c.prepareStatement(SQL.formatted(schema))) {
                    run(engine, inputs, ps, siteWkb, gk, rounds);
                }
            } finally {
                try (Statement st = c.createStatement()) { st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"); }
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

    static void run(ComplianceEngine engine, List<ProjectInput> inputs, PreparedStatement ps, byte[][] wkb, int[] gk, int rounds)
            throws SQLException {
        int n = inputs.size();
        // warm-up: both sides, every site, a few times (JIT, PostGIS plan cache / server-side prepare)
        for (int w = 0; w < 5; w++) for (int i = 0; i < n; i++) { engine.assess(inputs.get(i)); query(ps, wkb[i], gk[i]); }
        long[][] te = new long[n][rounds], tp = new long[n][rounds];
        Map<String, Double> lastPg = null;
        AssessmentReport lastEngine = null;
        int mismatches = 0, multiUnit = 0;
        double maxAreaRel = 0, maxAreaAbs = 0, relAt = 0;
        for (int k = 0; k < rounds; k++) {
            for (int i = 0; i < n; i++) {
                boolean engineFirst = ((i + k) & 1) == 0; // alternate which side goes first
                for (int side = 0; side < 2; side++) {
                    if ((side == 0) == engineFirst) {
                        long s = System.nanoTime();
                        lastEngine = engine.assess(inputs.get(i));
                        te[i][k] = System.nanoTime() - s;
                    } else {
                        long s = System.nanoTime();
                        lastPg = query(ps, wkb[i], gk[i]);
                        tp[i][k] = System.nanoTime() - s;
                    }
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
                }
            }
        }
        double[] me = perSiteMedians(te), mp = perSiteMedians(tp), ratio = new double[n];
        for (int i = 0; i < n; i++) ratio[i] = mp[i] / me[i];
        Arrays.sort(ratio);
        double[] se = me.clone(), sp = mp.clone();
        Arrays.sort(se);
        Arrays.sort(sp);
        System.out.printf(Locale.ROOT, "unit codes: %d mismatches of %d sites (%d sites over more than one unit); overlap area per unit: max difference %.3f m², max relative difference %.2e (on a %.1f m² overlap)%n",
                mismatches, n, multiUnit, maxAreaAbs, maxAreaRel, relAt);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %12s%n", "per-site time (median of rounds)", "median µs", "p90 µs", "mean µs");
        System.out.printf(Locale.ROOT, "%-34s %12.1f %12.1f %12.1f%n", "engine.assess (full report)", pct(se, 50), pct(se, 90), mean(se));
        System.out.printf(Locale.ROOT, "%-34s %12.1f %12.1f %12.1f%n", "PostGIS SQL (JDBC, loopback)", pct(sp, 50), pct(sp, 90), mean(sp));
        System.out.printf(Locale.ROOT, "ratio PostGIS/engine: of medians %.2f, of p90s %.2f; per-site ratio median %.2f (p10 %.2f, p90 %.2f)%n",
                pct(sp, 50) / pct(se, 50), pct(sp, 90) / pct(se, 90), pct(ratio, 50), pct(ratio, 10), pct(ratio, 90));
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
