package org.ecozoning.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;

/**
 * Companion to {@link ComplianceEngineBenchmark} for shared, busy machines: measures the CPU time
 * of the measuring thread per assessment (ThreadMXBean), which time-slicing by other processes
 * does not inflate the way it inflates wall-clock time. Same scheme and inputs as the JMH
 * benchmark, plus the 200 seeded sites of {@link EngineVsPostgis} (all of them, and those over more than one
 * unit), assessed round-robin. Prints one line per case: median and 10th/90th percentile of batch
 * means, µs. {@code -Dcases=a,b} runs only the named cases.
 *
 * <p>Usage: {@code java -cp … org.ecozoning.bench.EngineCpuTime [seconds-per-case [scheme-folder]]}
 */
public final class EngineCpuTime {
    private EngineCpuTime() { }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        ComplianceEngineBenchmark b = new ComplianceEngineBenchmark();
        b.units = 1000;
        b.scheme = args.length > 1 ? args[1] : "synthetic";
        b.setUp();
        System.out.printf(Locale.ROOT, "scheme: %s (%d units, %d zones, %d clauses)%n", b.scheme, b.engine.scheme().units().size(),
                b.engine.scheme().zones().size(), b.engine.scheme().clauses().size());
        Map<String, List<ProjectInput>> cases = new LinkedHashMap<>();
        cases.put("point", List.of(b.point));
        cases.put("sitePolygon200", List.of(b.site200));
        cases.put("sitePolygon200AcrossUnits", List.of(b.site200Crossing));
        cases.put("route50km", List.of(b.route50km));
        cases.put("polygon5000", List.of(b.polygon5000));
        // the 200 seeded sites of EngineVsPostgis, all and those over more than one unit
        List<ProjectInput> sites = EngineVsPostgis.sites(b.engine.scheme(), 200, 20260423L).stream()
                .map(g -> ComplianceEngineBenchmark.input(g, "2614")).toList();
        cases.put("sites200", sites);
        cases.put("sites200AcrossUnits", sites.stream().filter(in -> b.engine.assess(in).units().size() > 1).toList());
        String only = System.getProperty("cases");
        if (only != null) cases.keySet().retainAll(List.of(only.split(",")));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ComplianceEngine engine = b.engine;
        System.out.printf(Locale.ROOT, "%-28s %12s %12s %12s %8s%n", "case", "p10 µs", "median µs", "p90 µs", "batches");
        for (Map.Entry<String, List<ProjectInput>> c : cases.entrySet()) {
            List<ProjectInput> ins = c.getValue();
            int m = ins.size();
            int[] next = {0};
            java.util.function.Supplier<ProjectInput> in0 = () -> ins.get(next[0]++ % m);
            // calibrate a batch to ~20 ms of CPU, warm up for 40% of the budget, then measure
            long t0 = mx.getCurrentThreadCpuTime();
            int n = 0;
            while (mx.getCurrentThreadCpuTime() - t0 < 50_000_000L) { engine.assess(in0.get()); n++; }
            int batch = Math.max(1, (int) (n * 20_000_000L / Math.max(1, mx.getCurrentThreadCpuTime() - t0)));
            long warmEnd = mx.getCurrentThreadCpuTime() + (long) (seconds * 0.4e9);
            while (mx.getCurrentThreadCpuTime() < warmEnd) engine.assess(in0.get());
            int batches = (int) Math.max(10, seconds * 0.6e9 / 20_000_000L);
            double[] means = new double[batches];
            for (int i = 0; i < batches; i++) {
                long s = mx.getCurrentThreadCpuTime();
                for (int k = 0; k < batch; k++) engine.assess(in0.get());
                means[i] = (mx.getCurrentThreadCpuTime() - s) / 1000.0 / batch;
            }
            Arrays.sort(means);
            System.out.printf(Locale.ROOT, "%-28s %12.1f %12.1f %12.1f %8d%n", c.getKey() + (m > 1 ? " (" + m + ")" : ""), means[batches / 10], means[batches / 2],
                    means[batches * 9 / 10], batches);
        }
    }
}
