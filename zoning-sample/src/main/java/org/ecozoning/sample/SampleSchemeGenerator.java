package org.ecozoning.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.geojson.GeoJsonException;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.UnitClass;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Generates the sample Shanxi zoning-control scheme from the 119 real county boundaries:
 * repaired counties, about a thousand control units partitioning every county exactly, element
 * zones of every type, and access lists. Everything random is drawn from the seed, so the same seed
 * always gives byte-identical files.
 *
 * <p>Command line: {@code --counties PATH --out DIR --seed N} (defaults: the workspace paths and
 * seed {@value #DEFAULT_SEED}).
 */
public final class SampleSchemeGenerator {
    public static final long DEFAULT_SEED = 20240101L;
    public static final Path DEFAULT_COUNTIES = Path.of("workspace/data/shanxi-counties.geojson");
    public static final Path DEFAULT_OUT = Path.of("workspace/sample");
    /** Grid scale of all output coordinates (10⁻⁶°). */
    static final double SCALE = 1e6;

    private SampleSchemeGenerator() { }

    /** Builds the whole scheme in memory. */
    public static SampleScheme generate(Path countiesFile, long seed) throws IOException {
        GeometryFactory f = new GeometryFactory();
        List<County> source = readCounties(countiesFile, f);
        CountyRepair.Result repair = new CountyRepair(f, SCALE).repair(source);
        Geometry province0 = CountyRepair.union(repair.counties().stream().map(County::geometry).toList(), f);
        Shapes shapes = new Shapes(f);
        Landscape land = new Landscape(province0, shapes);
        UnitPlanner planner = new UnitPlanner(seed, shapes, land);
        List<UnitPlanner.Plan> plans = new ArrayList<>();
        for (County c : repair.counties()) plans.add(planner.plan(c));
        UnitPartitioner.Result partition = new UnitPartitioner(f, SCALE).partition(plans);
        List<County> counties = partition.counties();
        Geometry province = CountyRepair.union(counties.stream().map(County::geometry).toList(), f);
        List<ElementZone> zones = new ZoneBuilder(seed, shapes, SCALE).build(land, province, counties, plans, partition.units(), planner);
        Map<String, String> cities = new java.util.TreeMap<>();
        for (County c : counties) cities.put(c.cityCode(), c.cityName());
        List<Clause> clauses = new AccessListBuilder().build(partition.units(), zones, cities);
        Map<String, Geometry> rivers = new LinkedHashMap<>();
        rivers.put("黄河", land.yellowRiver);
        PrecisionModel grid = new PrecisionModel(SCALE);
        for (Map.Entry<String, List<LineString>> e : land.keyRivers.entrySet()) {
            Geometry lines = f.buildGeometry(new ArrayList<Geometry>(e.getValue()));
            rivers.put(e.getKey(), OverlayNG.overlay(lines, province, OverlayNG.INTERSECTION, grid));
        }
        return new SampleScheme(seed, source.size(), counties, partition.units(), zones, rivers, clauses, repair, partition, plans);
    }

    static List<County> readCounties(Path file, GeometryFactory f) throws IOException {
        List<County> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (GeoJsonFeature feat : new GeoJsonReader(f).readFeatures(in)) {
                String adcode = feat.string("adcode"), name = feat.string("name"), city = feat.string("city");
                if (adcode == null || name == null || city == null || feat.geometry() == null) {
                    throw new GeoJsonException("县级要素缺少 adcode/name/city 或几何 / county feature lacks adcode, name, city or geometry: " + feat.properties());
                }
                out.add(new County(adcode, name, city, feat.geometry()));
            }
        }
        if (out.isEmpty()) throw new GeoJsonException("县级区划文件为空 / county file has no features: " + file);
        return out;
    }

    public static void main(String[] args) {
        Path counties = DEFAULT_COUNTIES, out = DEFAULT_OUT;
        long seed = DEFAULT_SEED;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--counties" -> counties = Path.of(value(args, ++i, a));
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "-h", "--help" -> {
                        System.out.println("用法 / usage: SampleSchemeGenerator [--counties PATH] [--out DIR] [--seed N]");
                        return;
                    }
                    default -> throw new IllegalArgumentException("未知参数 / unknown argument: " + a);
                }
            }
            SampleScheme s = generate(counties, seed);
            new SchemeWriter().write(s, out);
            double[] area = new double[UnitClass.values().length];
            double total = 0;
            for (GeneratedUnit u : s.units()) {
                area[u.unit().unitClass().ordinal()] += u.areaKm2();
                total += u.areaKm2();
            }
            System.out.printf(java.util.Locale.ROOT,
                    "已生成 / generated %s: %d counties, %d units (priority %.1f %%, key %.1f %%, general %.1f %%), %d zones, %d clauses (seed %d)%n",
                    out, s.counties().size(), s.units().size(), 100 * area[0] / total, 100 * area[1] / total, 100 * area[2] / total,
                    s.zones().size(), s.clauses().size(), seed);
        } catch (NumberFormatException e) {
            fail("种子必须是整数 / seed must be an integer: " + e.getMessage());
        } catch (NoSuchFileException e) {
            fail("找不到文件 / file not found: " + e.getFile());
        } catch (IOException | RuntimeException e) {
            fail("生成失败 / generation failed: " + e.getMessage());
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) throw new IllegalArgumentException("参数缺少取值 / missing value after " + flag);
        return args[i];
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
