package org.ecozoning.tracking.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.ecozoning.store.AssessmentQuery;
import org.ecozoning.store.SavedAssessment;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;

/**
 * Statistics of the applications of the scheme (应用统计) from the assessments saved in the store:
 * how many by year, city, county, class of the units touched, industry section (GB/T 4754 门类) and
 * verdict; the rules that fire most; prohibited and restricted rates. Read from the report JSON
 * of each assessment (docs/REPORT-SCHEMA.md), paging through the store.
 */
public final class ApplicationStatistics {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A count with a key and a Chinese label. */
    public record Count(String key, String label, long count) { }

    private final long total;
    private final Map<String, Map<String, long[]>> by = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, long[]> rules = new LinkedHashMap<>();
    private long prohibited;
    private long restricted;
    private long unreadable;

    private ApplicationStatistics(long total) { this.total = total; }

    /** Statistics over all saved assessments accepted by {@code filter} (e.g. a year range). */
    public static ApplicationStatistics compute(SchemeStore store, Predicate<SavedAssessment> filter) {
        ApplicationStatistics s = new ApplicationStatistics(0);
        List<SavedAssessment> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<SavedAssessment> page = store.assessments(AssessmentQuery.all().page(1000, offset));
            for (SavedAssessment a : page) if (filter.test(a)) all.add(a);
            if (page.size() < 1000) break;
            offset += page.size();
        }
        ApplicationStatistics r = new ApplicationStatistics(all.size());
        for (SavedAssessment a : all) r.add(a, SchemeStores.PROVINCE_ZONE);
        return r;
    }

    /** Only assessments saved in {@code year} (Asia/Shanghai). */
    public static Predicate<SavedAssessment> inYear(int year) {
        return a -> a.createdAt().atZone(SchemeStores.PROVINCE_ZONE).getYear() == year;
    }

    private void add(SavedAssessment a, ZoneId zone) {
        count("year", Integer.toString(a.createdAt().atZone(zone).getYear()), a.createdAt().atZone(zone).getYear() + "年");
        count("verdict", a.verdict(), verdictZh(a.verdict()));
        if ("PROHIBITED".equals(a.verdict())) prohibited++;
        if ("RESTRICTED".equals(a.verdict())) restricted++;
        JsonNode report;
        try {
            report = JSON.readTree(a.reportJson());
        } catch (IOException e) {
            unreadable++;
            return;
        }
        String county = a.countyCode();
        String countyName = null;
        String city = null;
        String cityName = null;
        Set<String> classes = new LinkedHashSet<>();
        for (JsonNode u : report.path("units")) {
            if (county == null) county = text(u, "countyCode");
            if (county != null && county.equals(text(u, "countyCode"))) countyName = text(u, "countyName");
            if (city == null) {
                city = text(u, "cityCode");
                cityName = text(u, "cityName");
            }
            if (u.hasNonNull("unitClass")) classes.add(u.get("unitClass").asText() + "|" + u.path("unitClassZh").asText(u.get("unitClass").asText()));
        }
        if (city == null && county != null && county.length() == 6) city = county.substring(0, 4) + "00";
        count("county", county == null ? "未知" : county, countyName == null ? (county == null ? "未知" : county) : countyName);
        count("city", city == null ? "未知" : city, cityName == null ? (city == null ? "未知" : city) : cityName);
        if (classes.isEmpty()) count("unitClass", "NONE", "不在管控单元内");
        for (String c : classes) {
            String[] kv = c.split("\\|", 2);
            count("unitClass", kv[0], kv[1]);
        }
        JsonNode chain = report.path("input").path("industryChain");
        String section = chain.isArray() && !chain.isEmpty() ? chain.get(0).asText() : null;
        count("industrySection", section == null ? "未知" : section.split(" ", 2)[0], section == null ? "未知" : section);
        Set<String> fired = new LinkedHashSet<>();
        for (JsonNode f : report.path("findings")) {
            String id = text(f, "ruleId");
            if (id == null || !fired.add(id)) continue;
            long[] n = rules.computeIfAbsent(id, k -> new long[1]);
            n[0]++;
            labels.putIfAbsent("rule:" + id, f.path("titleZh").asText(id));
        }
    }

    private void count(String dim, String key, String label) {
        by.computeIfAbsent(dim, k -> new TreeMap<>()).computeIfAbsent(key, k -> new long[1])[0]++;
        labels.putIfAbsent(dim + ":" + key, label);
    }

    private static String text(JsonNode n, String f) { return n.hasNonNull(f) ? n.get(f).asText() : null; }

    static String verdictZh(String v) {
        try {
            return org.ecozoning.rules.Verdict.valueOf(v).labelZh();
        } catch (IllegalArgumentException e) {
            return v;
        }
    }

    public long total() { return total; }

    /** Assessments whose report could not be read (counted by year and verdict only). */
    public long unreadable() { return unreadable; }

    /**
     * Counts along one dimension: "year", "city", "county", "unitClass" (an assessment touching
     * several classes counts once in each), "industrySection", "verdict"; by key ascending.
     */
    public List<Count> by(String dimension) {
        List<Count> out = new ArrayList<>();
        by.getOrDefault(dimension, Map.of()).forEach((k, v) -> out.add(new Count(k, labels.get(dimension + ":" + k), v[0])));
        return out;
    }

    /** The rules that fired in most assessments (each rule counted once per assessment), most first. */
    public List<Count> topRules(int n) {
        return rules.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(n).map(e -> new Count(e.getKey(), labels.get("rule:" + e.getKey()), e.getValue()[0])).toList();
    }

    /** Share of assessments with verdict PROHIBITED (0 when there are none). */
    public double prohibitedRate() { return total == 0 ? 0 : (double) prohibited / total; }

    public double restrictedRate() { return total == 0 ? 0 : (double) restricted / total; }

    public long prohibited() { return prohibited; }

    public long restricted() { return restricted; }
}
