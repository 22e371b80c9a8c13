package org.ecozoning.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.scheme.SchemeFiles;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.NewAssessment;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionKind;
import org.ecozoning.tracking.monitoring.ImportMode;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.SupervisionOptions;
import org.ecozoning.tracking.supervision.SupervisionResult;
import org.ecozoning.tracking.supervision.Supervisor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Supervision over N synthetic change polygons (default 100,000) on the sample scheme in an
 * embedded H2GIS store: one streamed GeoJSON delivery, one published version, 500 approved
 * assessments to match. Prints wall time, CPU time of the run and the peak heap seen (sampled
 * every 20 ms). Run it with a small -Xmx to show memory does not grow with N
 * (bench/run-supervision.sh).
 */
public final class SupervisionBench {
    private SupervisionBench() { }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path workspace = Path.of(args.length > 1 ? args[1] : "workspace");
        Path tmp = Files.createTempDirectory("supervision-bench");
        try {
            run(n, workspace, tmp);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(int n, Path workspace, Path tmp) throws Exception {
        Path sample = workspace.resolve("sample");
        SchemeContent content = new SchemeContent(SchemeFiles.readUnits(sample.resolve("units.geojson")), SchemeFiles.readZones(sample.resolve("zones.geojson")),
                SchemeFiles.readClauses(sample.resolve("access-lists.json")));
        String rules = Files.readString(workspace.resolve("rules/shanxi-rules.json"));
        Attribution by = Attribution.of("bench", null);
        try (SchemeStore store = SchemeStores.open("jdbc:h2:file:" + tmp.resolve("db"))) {
            SchemeVersion v = store.createDraft("样例方案", VersionKind.PERIODIC, null, null, by);
            v = store.replaceContent(v.id(), v.revision(), content, List.of(), by);
            v = store.putRules(v.id(), v.revision(), rules, by);
            v = store.file(v.id(), v.revision(), "生态环境部", LocalDate.of(2021, 1, 1), by);
            v = store.publish(v.id(), v.revision(), LocalDate.of(2021, 1, 1), by);
            Random rnd = new Random(42);
            List<ControlUnit> units = content.units();
            GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4490);
            for (int i = 0; i < 500; i++) {
                double[] p = pointIn(units.get(rnd.nextInt(units.size())), rnd);
                store.saveAssessment(new NewAssessment(v.id(), "bench", null, "COMPLIANT", "{}", "{}", gf.createPolygon(square(p[0], p[1], 0.001))));
            }
            Path file = tmp.resolve("changes.geojson");
            long t0 = System.nanoTime();
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
                for (int i = 0; i < n; i++) {
                    double[] p = pointIn(units.get(rnd.nextInt(units.size())), rnd);
                    double size = 0.0005 + rnd.nextDouble() * 0.001;
                    LocalDate d = LocalDate.of(2021, 1, 1).plusDays(rnd.nextInt(5 * 365));
                    boolean noDate = i % 200 == 0; // 0.5 % of the delivery lacks a date: reported, not dropped
                    StringBuilder sb = new StringBuilder(i == 0 ? "" : ",\n");
                    sb.append("{\"type\":\"Feature\",\"properties\":{\"id\":\"T").append(i).append('"');
                    if (!noDate) sb.append(",\"detected_on\":\"").append(d).append('"');
                    sb.append(",\"source\":\"").append(i % 3 == 0 ? "无人机" : "卫星").append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
                    Coordinate[] cs = square(p[0], p[1], size);
                    for (int k = 0; k < cs.length; k++) sb.append(k > 0 ? "," : "").append(String.format(Locale.ROOT, "[%.6f,%.6f]", cs[k].x, cs[k].y));
                    sb.append("]]}}");
                    w.write(sb.toString());
                }
                w.write("\n]}\n");
            }
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            AtomicLong peak = new AtomicLong(mem.getHeapMemoryUsage().getUsed());
            long baseline = peak.get();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            Supervisor sup = new Supervisor(store, new CaseStore(store), IndustryCatalog.gbt4754(), SupervisionOptions.defaults()
                    .withCounties(SchemeFiles.readCounties(sample.resolve("counties.geojson"))));
            SupervisionResult r = sup.run(file, ImportMode.PARTIAL, by);
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
            sampler.interrupt();
            sampler.join();
            System.out.println(r.summary());
            System.out.printf(Locale.ROOT, "changes=%d file=%.1f MB generated in %.1f s%n", n, Files.size(file) / 1e6, genSeconds);
            System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %.1f s | %.1f s | %.0f µs | %d MB | %d MB | %d MB |%n", n, r.checked(), r.casesOpened(),
                    r.matchedByAssessment(), r.rejected(), wall, cpu, wall * 1e6 / n, baseline >> 20, peak.get() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static double[] pointIn(ControlUnit u, Random rnd) {
        Envelope e = u.geometry().getEnvelopeInternal();
        return new double[] {e.getMinX() + rnd.nextDouble() * e.getWidth(), e.getMinY() + rnd.nextDouble() * e.getHeight()};
    }

    private static Coordinate[] square(double x, double y, double s) {
        return new Coordinate[] {new Coordinate(x, y), new Coordinate(x + s, y), new Coordinate(x + s, y + s), new Coordinate(x, y + s), new Coordinate(x, y)};
    }
}
