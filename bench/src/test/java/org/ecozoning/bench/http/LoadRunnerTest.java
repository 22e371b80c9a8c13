package org.ecozoning.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No timing assertions: counts, order and bookkeeping only. */
class LoadRunnerTest {

    /** Records what it was asked; every third call fails. */
    static final class Recording implements Target {
        final Queue<String> seen = new ConcurrentLinkedQueue<>();
        final AtomicLong calls = new AtomicLong();
        final String name;
        final boolean failSome;

        Recording(String name, boolean failSome) {
            this.name = name;
            this.failSome = failSome;
        }

        @Override public String name() { return name; }

        @Override public long call(RequestLine r) throws Exception {
            seen.add(r.suffix());
            Thread.sleep(1);
            if (failSome && calls.incrementAndGet() % 3 == 0) throw new IllegalStateException("boom\n  second line");
            return 100;
        }
    }

    static final List<RequestLine> REQS = List.of(RequestLine.of("a"), RequestLine.of("b"), RequestLine.of("c"));

    @Test
    void singleCallerCyclesTheRequestsFromTheStart() throws Exception {
        Recording t = new Recording("t", false);
        LatencyStats s = new LatencyStats();
        new LoadRunner().run(t, REQS, 1, 0, 100, s);
        List<String> seen = List.copyOf(t.seen);
        assertThat(seen.size()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < seen.size(); i++) assertThat(seen.get(i)).isEqualTo(REQS.get(i % 3).suffix());
        assertThat(s.count()).isPositive().isLessThanOrEqualTo(seen.size());
        assertThat(s.errors()).isZero();
        assertThat(s.bytes()).isEqualTo(100 * s.count());
        assertThat(s.throughput()).isPositive();
    }

    @Test
    void errorsAreCountedApartAndSampledOnOneLine() throws Exception {
        Recording t = new Recording("t", true);
        LatencyStats s = new LatencyStats();
        LoadRunner r = new LoadRunner();
        r.run(t, REQS, 4, 20, 150, s);
        assertThat(s.errors()).isPositive();
        assertThat(s.count() + s.errors()).isLessThanOrEqualTo(t.calls.get());
        assertThat(r.errorSamples()).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith("t: ").doesNotContain("\n"));
    }

    @Test
    void warmUpRequestsAreNotRecorded() throws Exception {
        Recording t = new Recording("t", false);
        LatencyStats s = new LatencyStats();
        new LoadRunner().run(t, REQS, 2, 150, 50, s);
        assertThat((long) t.seen.size()).isGreaterThan(s.count());
    }

    @Test
    void comparisonInterleavesTargetsAndWritesRatiosToTheFirst(@TempDir Path dir) throws Exception {
        Recording a = new Recording("A", false);
        Recording b = new Recording("B", false);
        Path tsv = dir.resolve("r.tsv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Integer, Map<String, LatencyStats>> res = new Comparison("case1", List.of(a, b), REQS, 2, 0, 40)
                .run(new int[] {1, 2}, new PrintStream(out, true, StandardCharsets.UTF_8), tsv);
        assertThat(res).containsOnlyKeys(1, 2);
        assertThat(res.get(2)).containsOnlyKeys("A", "B");
        assertThat(res.get(1).get("A").count()).isPositive();
        assertThat(res.get(1).get("B").count()).isPositive();
        List<String> rows = Files.readAllLines(tsv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("case1\t1\tA\t");
        String[] first = rows.get(0).split("\t");
        assertThat(first[9]).isEqualTo("1.00");
        assertThat(first[12]).isEqualTo("100");
        assertThat(rows.get(3)).startsWith("case1\t2\tB\t");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("case1\t2\tB");
    }

    @Test
    void rejectsNoRequestsOrNoCallers() {
        Recording t = new Recording("t", false);
        assertThatThrownBy(() -> new LoadRunner().run(t, List.of(), 1, 0, 1, new LatencyStats())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadRunner().run(t, REQS, 0, 0, 1, new LatencyStats())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Comparison.ratio(1, 0)).isNaN();
        assertThat(Comparison.ratio(3, 2)).isEqualTo(1.5);
    }
}
