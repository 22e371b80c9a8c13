package org.ecozoning.assist.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.assist.industry.IndustrySuggester;
import org.ecozoning.assist.industry.SuggestStatus;
import org.ecozoning.assist.industry.SuggestionResult;
import org.ecozoning.rules.ProjectNature;

/**
 * Measures the suggester on {@code eval/descriptions.tsv}: top-1 and top-3 accuracy (strict: the
 * listed code; lenient: also the listed alternatives), how often the suggester is confident and
 * how often it is right when it is, nature accuracy and attribute accuracy. Used by the evaluation
 * test and printable for docs/ASSIST.md.
 */
public final class DescriptionEvaluation {
    /** One row of the evaluation file. */
    public record Case(String id, String split, String code, List<String> alternatives, ProjectNature nature,
                       Map<String, Double> attributes, String text) { }

    /** Counts for one split. */
    public static final class Score {
        public int n, top1, top3, top1Lenient, top3Lenient, confident, confidentRight;
        public int natureCases, natureRight, attrCases, attrRight;
        public final List<String> misses = new ArrayList<>();

        public double top1() { return (double) top1 / n; }
        public double top3() { return (double) top3 / n; }
        public double top1Lenient() { return (double) top1Lenient / n; }
        public double top3Lenient() { return (double) top3Lenient / n; }
        public double coverage() { return (double) confident / n; }
        public double confidentPrecision() { return confident == 0 ? 0 : (double) confidentRight / confident; }
        public double nature() { return natureCases == 0 ? 0 : (double) natureRight / natureCases; }
        public double attributes() { return attrCases == 0 ? 0 : (double) attrRight / attrCases; }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "n=%d top1=%.3f top3=%.3f top1(lenient)=%.3f top3(lenient)=%.3f confident=%.3f precision-when-confident=%.3f nature=%.3f (%d) attributes=%.3f (%d)",
                    n, top1(), top3(), top1Lenient(), top3Lenient(), coverage(), confidentPrecision(), nature(), natureCases, attributes(), attrCases);
        }
    }

    private DescriptionEvaluation() { }

    public static List<Case> load() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = DescriptionEvaluation.class.getResourceAsStream("/eval/descriptions.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 7) throw new IOException("bad row (" + f.length + " fields): " + line);
                List<String> alt = f[3].equals("-") ? List.of() : List.of(f[3].split("\\|"));
                ProjectNature nature = f[4].equals("-") ? null : ProjectNature.valueOf(f[4]);
                Map<String, Double> attrs = new LinkedHashMap<>();
                if (!f[5].equals("-")) {
                    for (String kv : f[5].split(";")) {
                        String[] p = kv.split("=");
                        attrs.put(p[0], Double.parseDouble(p[1]));
                    }
                }
                out.add(new Case(f[0], f[1], f[2], alt, nature, attrs, f[6]));
            }
        }
        return out;
    }

    /** Scores by split ("dev", "holdout") and "all". */
    public static Map<String, Score> run(IndustrySuggester s, List<Case> cases) {
        Map<String, Score> out = new LinkedHashMap<>();
        for (Case c : cases) {
            SuggestionResult r = s.suggest(c.text());
            for (String key : List.of(c.split(), "all")) {
                Score sc = out.computeIfAbsent(key, k -> new Score());
                sc.n++;
                List<String> codes = r.codes();
                boolean t1 = !codes.isEmpty() && codes.get(0).equals(c.code());
                boolean t3 = codes.stream().limit(3).anyMatch(c.code()::equals);
                boolean t1l = !codes.isEmpty() && (t1 || c.alternatives().contains(codes.get(0)));
                boolean t3l = codes.stream().limit(3).anyMatch(x -> x.equals(c.code()) || c.alternatives().contains(x));
                if (t1) sc.top1++;
                if (t3) sc.top3++;
                if (t1l) sc.top1Lenient++;
                if (t3l) sc.top3Lenient++;
                if (r.status() == SuggestStatus.OK) {
                    sc.confident++;
                    if (t1l) sc.confidentRight++;
                }
                if (!t1 && key.equals("all")) {
                    sc.misses.add(c.id() + " " + c.text() + " → expected " + c.code() + ", got "
                            + r.suggestions().stream().limit(3).map(x -> x.label()).toList() + " " + r.status());
                }
                if (c.nature() != null) {
                    sc.natureCases++;
                    if (r.parsed() != null && r.parsed().nature() == c.nature()) sc.natureRight++;
                }
                for (Map.Entry<String, Double> a : c.attributes().entrySet()) {
                    sc.attrCases++;
                    Double got = r.parsed() == null ? null : r.parsed().attributes().get(a.getKey());
                    if (got != null && Math.abs(got - a.getValue()) <= 1e-6 * Math.max(1, Math.abs(a.getValue())) + 0.01) sc.attrRight++;
                    else if (key.equals("all")) sc.misses.add(c.id() + " attribute " + a.getKey() + " expected " + a.getValue() + ", got " + got);
                }
            }
        }
        return out;
    }

    /** Prints the scores and misses (for docs/ASSIST.md). */
    public static void main(String[] args) throws IOException {
        IndustrySuggester s = IndustrySuggester.shipped();
        Map<String, Score> r = run(s, load());
        r.forEach((k, v) -> System.out.println(k + ": " + v));
        r.get("all").misses.forEach(m -> System.out.println("  " + m));
    }
}
