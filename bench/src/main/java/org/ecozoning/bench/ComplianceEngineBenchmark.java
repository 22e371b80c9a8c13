package org.ecozoning.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process cost of {@link ComplianceEngine#assess} on a synthetic scheme of about 1,000 Voronoi
 * units over Shanxi (see {@link SyntheticScheme}): a point, a 200-vertex site polygon inside one
 * unit (the fast path) and one across a unit boundary, a 50 km route, and a 5,000-vertex polygon.
 * {@code -p scheme=workspace/sample} runs the same cases on a scheme folder instead. Run with
 * {@code bench/run-engine.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ComplianceEngineBenchmark {
    /** Units of the synthetic scheme. */
    @Param({"1000"})
    public int units;

    /** "synthetic", or a scheme folder in the sample-data layout (e.g. workspace/sample) to use instead. */
    @Param({"synthetic"})
    public String scheme;

    ComplianceEngine engine;
    ProjectInput point;
    ProjectInput site200;
    ProjectInput site200Crossing;
    ProjectInput route50km;
    ProjectInput polygon5000;

    @Setup(Level.Trial)
    public void setUp() {
        IndustryCatalog catalog = IndustryCatalog.gbt4754();
        RuleSet rules = new RuleSetLoader(catalog).load(find("workspace/rules/shanxi-rules.json"));
        Scheme s = "synthetic".equals(scheme) ? SyntheticScheme.build(units, rules, find("workspace/data/shanxi-counties.geojson"))
                : SchemeFiles.load(Path.of(scheme), rules);
        engine = new ComplianceEngine(s, catalog);
        Geometry unitNearTaiyuan = s.units().stream()
                .filter(u -> u.geometry().contains(SyntheticScheme.GF.createPoint(new Coordinate(112.55, 37.85)))).findFirst().orElseThrow()
                .geometry();
        Coordinate inside = unitNearTaiyuan.getInteriorPoint().getCoordinate();
        point = input(SyntheticScheme.GF.createPoint(inside), "2614");
        site200 = input(Shapes.circle(inside.x, inside.y, 300, 200), "2614");
        Coordinate onEdge = unitNearTaiyuan.getCoordinates()[0];
        site200Crossing = input(Shapes.circle(onEdge.x, onEdge.y, 300, 200), "2614");
        route50km = input(Shapes.route(112.20, 37.40, 50_000, 500), "4811");
        polygon5000 = input(Shapes.circle(112.40, 37.60, 6000, 5000), "2614");
    }

    static ProjectInput input(Geometry g, String industry) {
        return ProjectInput.builder().geometry(g).crs("EPSG:4490").industry(industry).nature(ProjectNature.NEW).attribute("wastewaterTPD", 10).build();
    }

    static Path find(String relative) {
        for (Path p : new Path[] {Path.of(relative), Path.of("..").resolve(relative)}) if (Files.exists(p)) return p;
        throw new IllegalStateException("run the benchmark from the repository root: " + relative + " not found");
    }

    @Benchmark
    public AssessmentReport point() { return engine.assess(point); }

    @Benchmark
    public AssessmentReport sitePolygon200() { return engine.assess(site200); }

    @Benchmark
    public AssessmentReport sitePolygon200AcrossUnits() { return engine.assess(site200Crossing); }

    @Benchmark
    public AssessmentReport route50km() { return engine.assess(route50km); }

    @Benchmark
    public AssessmentReport polygon5000() { return engine.assess(polygon5000); }

    /** Benchmark geometries, built on the ground in Gauss-Krüger metres and returned in EPSG:4490. */
    static final class Shapes {
        private Shapes() { }

        /** A circle of {@code radius} m with {@code n} vertices around (lon, lat). */
        static Geometry circle(double lon, double lat, double radius, int n) {
            var gk = GaussKruger.zoneFor(lon);
            double[] c = CrsTransformer.of(CrsRegistry.CGCS2000, gk).transform(lon, lat);
            Coordinate[] cs = new Coordinate[n + 1];
            for (int i = 0; i < n; i++) {
                double a = 2 * Math.PI * i / n;
                cs[i] = new Coordinate(c[0] + radius * Math.cos(a), c[1] + radius * Math.sin(a));
            }
            cs[n] = cs[0].copy();
            return CrsTransformer.of(gk, CrsRegistry.CGCS2000).transform(SyntheticScheme.GF.createPolygon(cs));
        }

        /** A gently winding route of {@code length} m heading north-east with {@code n} vertices. */
        static LineString route(double lon, double lat, double length, int n) {
            var gk = GaussKruger.zoneFor(lon);
            double[] c = CrsTransformer.of(CrsRegistry.CGCS2000, gk).transform(lon, lat);
            Coordinate[] cs = new Coordinate[n];
            double step = length / (n - 1);
            double x = c[0], y = c[1];
            for (int i = 0; i < n; i++) {
                cs[i] = new Coordinate(x, y);
                double heading = Math.PI / 4 + 0.3 * Math.sin(i / 25.0);
                x += step * Math.cos(heading);
                y += step * Math.sin(heading);
            }
            return (LineString) CrsTransformer.of(gk, CrsRegistry.CGCS2000).transform(SyntheticScheme.GF.createLineString(cs));
        }
    }
}
