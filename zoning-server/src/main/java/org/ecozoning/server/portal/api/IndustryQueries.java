package org.ecozoning.server.portal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecozoning.industry.Industry;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.industry.IndustryLevel;

/**
 * The industry picker's data: a search over GB/T 4754-2017 codes and names (code prefix first, then
 * names, most general first) and one level of the tree at a time (sections at the top).
 */
final class IndustryQueries {
    static final int LIMIT = 30;
    private final IndustryCatalog catalog;

    IndustryQueries(IndustryCatalog catalog) {
        this.catalog = catalog;
    }

    Map<String, Object> search(String q) {
        String t = q.trim();
        Set<Industry> hits = new LinkedHashSet<>();
        if (!t.isEmpty()) {
            String upper = t.toUpperCase(Locale.ROOT);
            if (upper.matches("[A-T]|\\d{1,4}")) {
                for (Industry i : catalog.all()) {
                    if (hits.size() >= LIMIT) break;
                    if (!i.synthesized() && i.code().startsWith(upper)) hits.add(i);
                }
            }
            for (Industry i : catalog.searchByName(t, LIMIT)) {
                if (hits.size() >= LIMIT) break;
                hits.add(i);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Industry i : hits) out.add(entry(i, true));
        return Map.of("q", t, "results", out);
    }

    Map<String, Object> children(String parent) {
        List<Industry> list;
        if (parent == null || parent.isBlank()) {
            list = catalog.all().stream().filter(i -> i.level() == IndustryLevel.SECTION).toList();
        } else {
            list = catalog.children(parent.trim());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Industry i : list) {
            Map<String, Object> m = entry(i, false);
            m.put("hasChildren", !catalog.children(i.code()).isEmpty());
            out.add(m);
        }
        return Map.of("parent", parent == null ? "" : parent.trim(), "children", out);
    }

    private Map<String, Object> entry(Industry i, boolean withPath) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.nameZh());
        m.put("level", i.level().name());
        m.put("levelZh", i.level().labelZh());
        if (withPath) {
            List<String> path = new ArrayList<>();
            for (Industry a : catalog.chain(i.code())) if (!a.code().equals(i.code())) path.add(a.code() + " " + a.nameZh());
            m.put("path", path);
        }
        return m;
    }
}
