package org.ecozoning.tracking.units;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.store.AssessmentQuery;
import org.ecozoning.store.SavedAssessment;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.ScopeFigure;
import org.ecozoning.tracking.monitoring.ScopeLevel;
import org.ecozoning.tracking.monitoring.YearlyStatistics;

/**
 * The yearly figures per control unit that the staff layer {@code zoning:unit_statistics} maps:
 * one {@link UnitYear} per unit of the scheme and year that has monitoring readings or saved
 * assessments. Monitoring figures come from {@link YearlyStatistics} (the unit's own, else its
 * county's); assessments are counted per unit listed in their report ({@code units[].code}) and
 * year saved (Asia/Shanghai).
 */
public final class UnitStatistics {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UnitStatistics() { }

    /** @return the unit-years, by year then unit code */
    public static List<UnitYear> compute(Scheme scheme, YearlyStatistics stats, List<SavedAssessment> assessments) {
        Map<String, int[]> counts = new HashMap<>(); // year|unit → total, prohibited, restricted
        Set<Integer> years = new TreeSet<>(stats.years());
        for (SavedAssessment a : assessments) {
            int year = a.createdAt().atZone(SchemeStores.PROVINCE_ZONE).getYear();
            years.add(year);
            for (String unit : unitCodes(a)) {
                int[] c = counts.computeIfAbsent(year + "|" + unit, k -> new int[3]);
                c[0]++;
                if ("PROHIBITED".equals(a.verdict())) c[1]++;
                if ("RESTRICTED".equals(a.verdict())) c[2]++;
            }
        }
        Map<String, ScopeFigure> figures = new HashMap<>();
        for (ScopeFigure f : stats.scopes()) {
            if (f.level() == ScopeLevel.UNIT || f.level() == ScopeLevel.COUNTY) figures.put(f.year() + "|" + f.indicator() + "|" + f.level() + "|" + f.code(), f);
        }
        List<UnitYear> out = new ArrayList<>();
        for (int year : years) {
            for (ControlUnit u : scheme.units().stream().sorted((x, y) -> x.code().value().compareTo(y.code().value())).toList()) {
                Optional<Fig> pm = fig(figures, year, Indicator.PM25, u);
                Optional<Fig> water = fig(figures, year, Indicator.WATER_CLASS, u);
                int[] c = counts.getOrDefault(year + "|" + u.code().value(), new int[3]);
                out.add(new UnitYear(year, u, pm.map(f -> f.figure().value()).orElse(null), pm.map(Fig::basis).orElse(null),
                        pm.map(f -> f.figure().attained()).orElse(null), water.map(f -> (int) f.figure().value()).orElse(null),
                        water.map(Fig::basis).orElse(null), water.map(f -> f.figure().attained()).orElse(null), c[0], c[1], c[2]));
            }
        }
        return out;
    }

    private record Fig(ScopeFigure figure, String basis) { }

    private static Optional<Fig> fig(Map<String, ScopeFigure> figures, int year, Indicator ind, ControlUnit u) {
        ScopeFigure own = figures.get(year + "|" + ind + "|UNIT|" + u.code().value());
        if (own != null) return Optional.of(new Fig(own, "UNIT"));
        ScopeFigure county = u.countyCode() == null ? null : figures.get(year + "|" + ind + "|COUNTY|" + u.countyCode());
        return county == null ? Optional.empty() : Optional.of(new Fig(county, "COUNTY"));
    }

    /** @return the unit codes an assessment's report lists (none when unreadable) */
    static Set<String> unitCodes(SavedAssessment a) {
        Set<String> out = new LinkedHashSet<>();
        try {
            JsonNode report = JSON.readTree(a.reportJson());
            for (JsonNode u : report.path("units")) {
                if (u.hasNonNull("code")) out.add(u.get("code").asText());
            }
        } catch (IOException e) {
            // an unreadable report counts for no unit
        }
        return out;
    }

    /** @return every saved assessment, paging through the store */
    public static List<SavedAssessment> assessments(SchemeStore store) {
        List<SavedAssessment> all = new ArrayList<>();
        for (int offset = 0; ; offset += 1000) {
            List<SavedAssessment> page = store.assessments(AssessmentQuery.all().page(1000, offset));
            all.addAll(page);
            if (page.size() < 1000) return all;
        }
    }
}
