package org.ecozoning.bench.http;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Side-by-side measurement of several targets on the same requests: for each concurrency, rounds
 * of A, B, (C…), A, B, … (interleaved so that drift from other load on the machine hits every
 * target alike), merged per target; prints a table with throughput and latency ratios to the first
 * target and appends tab-separated rows to an optional results file.
 */
public final class Comparison {
    private final String label;
    private final List<Target> targets;
    private final List<RequestLine> requests;
    private final int rounds;
    private final long warmUpMillis;
    private final long measureMillis;
    private final LoadRunner runner = new LoadRunner();

    /**
     * @param label         name of the case (printed and written)
     * @param targets       targets; the first is the reference of the ratios
     * @param requests      requests, cycled
     * @param rounds        interleaved rounds per concurrency
     * @param warmUpMillis  warm-up per round and target
     * @param measureMillis measured time per round and target
     */
    public Comparison(String label, List<Target> targets, List<RequestLine> requests, int rounds, long warmUpMillis, long measureMillis) {
        if (targets.isEmpty()) throw new IllegalArgumentException("no targets");
        if (rounds < 1) throw new IllegalArgumentException("rounds must be >= 1");
        this.label = label;
        this.targets = List.copyOf(targets);
        this.requests = List.copyOf(requests);
        this.rounds = rounds;
        this.warmUpMillis = warmUpMillis;
        this.measureMillis = measureMillis;
    }

    /**
     * Measures every concurrency.
     *
     * @param concurrencies levels, e.g. 1, 4, 16
     * @param out           where the table goes
     * @param tsv           results file to append to, or null
     * @return per concurrency, per target name, the merged stats
     */
    public Map<Integer, Map<String, LatencyStats>> run(int[] concurrencies, PrintStream out, Path tsv) throws InterruptedException, IOException {
        Map<Integer, Map<String, LatencyStats>> all = new LinkedHashMap<>();
        for (int c : concurrencies) {
            Map<String, LatencyStats> byTarget = new LinkedHashMap<>();
            for (Target t : targets) byTarget.put(t.name(), new LatencyStats());
            for (int r = 0; r < rounds; r++) {
                for (Target t : targets) runner.run(t, requests, c, warmUpMillis, measureMillis, byTarget.get(t.name()));
            }
            all.put(c, byTarget);
            List<String> rows = rows(c, byTarget);
            rows.forEach(out::println);
            out.flush();
            if (tsv != null) Files.write(tsv, rows, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        for (String e : runner.errorSamples()) out.println("  error sample: " + e);
        return all;
    }

    /** Rows of one concurrency: label, concurrency, target, req/s, p50, p90, p99 (ms), n, errors, ratios to the first target. */
    List<String> rows(int concurrency, Map<String, LatencyStats> byTarget) {
        List<String> rows = new ArrayList<>();
        LatencyStats ref = byTarget.values().iterator().next();
        for (Map.Entry<String, LatencyStats> e : byTarget.entrySet()) {
            LatencyStats s = e.getValue();
            rows.add(String.format(Locale.ROOT, "%s\t%d\t%s\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%.2f\t%.2f\t%.2f\t%d", label, concurrency, e.getKey(),
                    s.throughput(), s.percentileMillis(50), s.percentileMillis(90), s.percentileMillis(99), s.count(), s.errors(),
                    ratio(ref.throughput(), s.throughput()), ratio(s.percentileMillis(50), ref.percentileMillis(50)),
                    ratio(s.percentileMillis(99), ref.percentileMillis(99)), s.count() == 0 ? 0 : s.bytes() / s.count()));
        }
        return rows;
    }

    /** Header of the result rows. */
    public static final String HEADER = "case\tconc\ttarget\treq/s\tp50_ms\tp90_ms\tp99_ms\tn\terrors\tref_over_this_rps\tthis_over_ref_p50\tthis_over_ref_p99\tbytes_per_resp";

    static double ratio(double a, double b) {
        return b == 0 || Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a / b;
    }
}
