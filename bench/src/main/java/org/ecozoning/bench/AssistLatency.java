package org.ecozoning.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ecozoning.assist.industry.IndustrySuggester;
import org.ecozoning.assist.rules.ClauseContext;
import org.ecozoning.assist.rules.ClauseRuleProposer;
import org.ecozoning.assist.search.ClauseQuery;
import org.ecozoning.assist.search.ClauseRecord;
import org.ecozoning.assist.search.ClauseSearch;
import org.ecozoning.model.Clause;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;

/**
 * Simple in-process timing of the assist functions (suggestion per keystroke-sized description,
 * rule proposals over the sample access lists, clause search), for docs/BENCHMARKS.md. Run with
 * {@code bench/run-assist.sh}; reads workspace/sample.
 */
public final class AssistLatency {
    private AssistLatency() { }

    public static void main(String[] args) {
        String[] texts = {"新建年产100万吨焦炭及配套化产回收项目", "200MW农光互补光伏电站", "光伏", "年产30万吨甲醇技改项目，配套建设污水处理站",
            "新建宠物医院", "2×660MW超超临界燃煤发电机组", "生活垃圾焚烧发电项目", "asdf qwer", "城市轨道交通线路", "某煤业120万吨/年矿井技术改造"};
        long t0 = System.nanoTime();
        IndustrySuggester s = IndustrySuggester.shipped();
        double buildSuggester = ms(t0);
        for (int i = 0; i < 2000; i++) s.suggest(texts[i % texts.length]);
        double[] lat = new double[5000];
        for (int i = 0; i < lat.length; i++) {
            long t = System.nanoTime();
            s.suggest(texts[i % texts.length]);
            lat[i] = ms(t);
        }
        report("suggest (ms per description)", lat);
        System.out.printf(Locale.ROOT, "suggester build: %.0f ms%n", buildSuggester);

        Scheme scheme = SchemeFiles.load(Path.of("workspace/sample"));
        t0 = System.nanoTime();
        ClauseRuleProposer p = ClauseRuleProposer.shipped();
        List<ClauseContext> ctx = new ArrayList<>();
        for (Clause c : scheme.clauses()) ctx.add(ClauseContext.of(c, scheme));
        for (int r = 0; r < 3; r++) for (ClauseContext c : ctx) p.propose(c);
        long t = System.nanoTime();
        int props = 0;
        for (ClauseContext c : ctx) props += p.propose(c).size();
        System.out.printf(Locale.ROOT, "propose: %d clauses -> %d proposals in %.0f ms (%.3f ms/clause)%n", ctx.size(), props, ms(t), ms(t) / ctx.size());

        t0 = System.nanoTime();
        ClauseSearch cs = ClauseSearch.build(ClauseRecord.of(scheme, null));
        System.out.printf(Locale.ROOT, "search index build: %d clauses in %.0f ms%n", cs.size(), ms(t0));
        String[] qs = {"焦化", "高风险项目", "汾河 电镀", "饮用水水源保护区", "光伏"};
        for (int i = 0; i < 200; i++) cs.search(ClauseQuery.builder().text(qs[i % qs.length]).build());
        double[] sl = new double[1000];
        for (int i = 0; i < sl.length; i++) {
            long q = System.nanoTime();
            cs.search(ClauseQuery.builder().text(qs[i % qs.length]).page(0, 20).build());
            sl[i] = ms(q);
        }
        report("search (ms per query, 20 hits with snippets)", sl);
    }

    private static double ms(long since) { return (System.nanoTime() - since) / 1e6; }

    private static void report(String what, double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%s: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f (n=%d)%n", what, s[s.length / 2],
                s[(int) (s.length * 0.95)], s[(int) (s.length * 0.99)], s[s.length - 1], s.length);
    }
}
