package org.ecozoning.assist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecozoning.assist.rules.ClauseContext;
import org.ecozoning.assist.rules.ClauseRuleProposer;
import org.ecozoning.assist.rules.ProposedCondition;
import org.ecozoning.assist.rules.RuleProposal;
import org.ecozoning.model.Clause;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.rules.ZoneScope;
import org.ecozoning.rules.ProjectNature;

/**
 * Measures the clause proposer on {@code eval/clauses.jsonl}: per-field precision and recall of
 * the proposed rules against hand-written ones. Proposals and expected rules of a clause are
 * paired in text order; a field's atoms (verdict, industry codes with "-" for exclusions and "ANY",
 * natures with "ANY" for none, conditions "attr op value", scope "ZONE:…"/"SUBTYPE:…"/"CLASS:…"/
 * "PROVINCE") count as true positives when they agree, and every atom of an unpaired proposal or
 * rule counts against precision or recall. "rule" counts the rules themselves.
 */
public final class ClauseEvaluation {
    /** Precision/recall counters of one field. */
    public static final class Field {
        public int tp, fp, fn;

        public double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }

        @Override
        public String toString() { return String.format(Locale.ROOT, "P=%.3f R=%.3f (tp %d, fp %d, fn %d)", precision(), recall(), tp, fp, fn); }
    }

    public static final List<String> FIELDS = List.of("rule", "verdict", "industries", "natures", "conditions", "scope");

    private ClauseEvaluation() { }

    /** Scores by split ("sample", "own") and "all"; {@code misses} collects disagreements. */
    public static Map<String, Map<String, Field>> run(ClauseRuleProposer proposer, List<String> misses) throws IOException {
        ObjectMapper m = new ObjectMapper();
        Map<String, Map<String, Field>> out = new LinkedHashMap<>();
        try (InputStream in = ClauseEvaluation.class.getResourceAsStream("/eval/clauses.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode c = m.readTree(line);
                ListLevel level = ListLevel.valueOf(c.get("level").asText());
                String scope = switch (level) {
                    case PROVINCE -> "140000";
                    case CITY -> "140100";
                    case UNIT -> "ZH14000030001";
                };
                Clause clause = new Clause(c.get("id").asText(), level, scope, Dimension.SPATIAL_LAYOUT, c.get("text").asText(), List.of());
                UnitSubtype st = c.has("subtype") ? UnitSubtype.valueOf(c.get("subtype").asText()) : null;
                UnitClass uc = st == null ? null : st.unitClass();
                List<RuleProposal> got = proposer.propose(new ClauseContext(clause, uc, st, null, null));
                List<Map<String, Set<String>>> expected = new ArrayList<>();
                for (JsonNode e : c.get("rules")) expected.add(expectedAtoms(e));
                List<Map<String, Set<String>>> actual = got.stream().map(ClauseEvaluation::atoms).toList();
                for (String key : List.of(c.get("split").asText(), "all")) {
                    Map<String, Field> f = out.computeIfAbsent(key, k -> {
                        Map<String, Field> x = new LinkedHashMap<>();
                        FIELDS.forEach(n -> x.put(n, new Field()));
                        return x;
                    });
                    int pairs = Math.min(expected.size(), actual.size());
                    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                        Map<String, Set<String>> e = i < expected.size() ? expected.get(i) : null;
                        Map<String, Set<String>> a = i < actual.size() ? actual.get(i) : null;
                        if (e != null && a != null) f.get("rule").tp++;
                        else if (a != null) f.get("rule").fp++;
                        else f.get("rule").fn++;
                        for (String field : FIELDS.subList(1, FIELDS.size())) {
                            Set<String> es = e == null ? Set.of() : e.get(field);
                            Set<String> as = a == null ? Set.of() : a.get(field);
                            Field fc = f.get(field);
                            for (String x : as) if (es.contains(x)) fc.tp++; else fc.fp++;
                            for (String x : es) if (!as.contains(x)) fc.fn++;
                            if (key.equals("all") && !es.equals(as)) misses.add(c.get("id").asText() + "[" + i + "] " + field + ": expected " + es + ", got " + as);
                        }
                    }
                    if (key.equals("all") && pairs != Math.max(expected.size(), actual.size())) {
                        misses.add(c.get("id").asText() + " rules: expected " + expected.size() + ", got " + actual.size() + " — " + c.get("text").asText());
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Set<String>> expectedAtoms(JsonNode e) {
        Map<String, Set<String>> a = new LinkedHashMap<>();
        a.put("verdict", Set.of(e.get("verdict").asText()));
        Set<String> ind = new LinkedHashSet<>();
        for (JsonNode x : e.path("include")) ind.add(x.asText());
        for (JsonNode x : e.path("exclude")) ind.add("-" + x.asText());
        a.put("industries", ind);
        Set<String> nat = new LinkedHashSet<>();
        for (JsonNode x : e.path("natures")) nat.add(x.asText());
        if (nat.isEmpty()) nat.add("ANY");
        a.put("natures", nat);
        Set<String> cond = new LinkedHashSet<>();
        for (JsonNode x : e.path("conditions")) cond.add(x.asText().replace(" ", ""));
        a.put("conditions", cond);
        Set<String> sc = new LinkedHashSet<>();
        for (JsonNode x : e.path("scope")) sc.add(x.asText());
        a.put("scope", sc);
        return a;
    }

    static Map<String, Set<String>> atoms(RuleProposal p) {
        Map<String, Set<String>> a = new LinkedHashMap<>();
        a.put("verdict", Set.of(p.verdict().name()));
        Set<String> ind = new LinkedHashSet<>();
        if (p.industries().any()) ind.add("ANY");
        ind.addAll(p.industries().include());
        for (String x : p.industries().exclude()) ind.add("-" + x);
        a.put("industries", ind);
        Set<String> nat = new LinkedHashSet<>();
        if (p.natures().isEmpty() || p.natures().size() == ProjectNature.values().length) nat.add("ANY");
        else p.natures().forEach(n -> nat.add(n.name()));
        a.put("natures", nat);
        Set<String> cond = new LinkedHashSet<>();
        for (ProposedCondition c : p.conditions()) cond.add(c.condition().describe().replace(" ", ""));
        a.put("conditions", cond);
        Set<String> sc = new LinkedHashSet<>();
        if (p.scope().provinceWide()) sc.add("PROVINCE");
        p.scope().unitClasses().forEach(x -> sc.add("CLASS:" + x));
        p.scope().unitSubtypes().forEach(x -> sc.add("SUBTYPE:" + x));
        for (ZoneScope z : p.scope().zones()) sc.add("ZONE:" + z.type());
        a.put("scope", sc);
        return a;
    }

    public static void main(String[] args) throws IOException {
        List<String> misses = new ArrayList<>();
        run(ClauseRuleProposer.shipped(), misses).forEach((k, v) -> {
            System.out.println(k + ":");
            v.forEach((f, s) -> System.out.println("  " + f + " " + s));
        });
        misses.forEach(x -> System.out.println("  " + x));
    }
}
