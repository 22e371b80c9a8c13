package org.ecozoning.server.portal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.assist.industry.Suggestion;
import org.ecozoning.assist.industry.SuggestionResult;
import org.ecozoning.assist.search.ClauseHit;
import org.ecozoning.assist.search.ClausePage;
import org.ecozoning.assist.search.ClauseQuery;
import org.ecozoning.assist.text.Quantity;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.server.assist.ClauseSearches;
import org.ecozoning.server.assist.SuggesterHolder;

/**
 * The portal's assist endpoints: industry suggestions from free text ({@code /industries/suggest},
 * ranked codes with confidence and the words that led to them; the page shows them as
 * "推荐 / suggested" and never picks one by itself) and clause search over the version in force
 * ({@code /clauses/search}, with highlighted snippets).
 */
final class AssistQueries {
    static final int PAGE_SIZE = 20;

    private final SuggesterHolder suggester;
    private final ClauseSearches clauses;

    AssistQueries(SuggesterHolder suggester, ClauseSearches clauses) {
        this.suggester = suggester;
        this.clauses = clauses;
    }

    Map<String, Object> suggest(String q) {
        SuggestionResult r = suggester.get().suggest(q == null ? "" : q, 5);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", q == null ? "" : q.trim());
        m.put("status", r.status().name());
        m.put("confident", r.confident().isPresent());
        m.put("threshold", r.threshold());
        m.put("messageZh", r.messageZh());
        m.put("messageEn", r.messageEn());
        m.put("termsVersion", r.termsVersion());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Suggestion s : r.suggestions()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("code", s.code());
            e.put("name", s.nameZh());
            e.put("level", s.levelZh());
            e.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
            e.put("aboveThreshold", s.confidence() >= r.threshold());
            e.put("matchedWords", s.matchedWords());
            list.add(e);
        }
        m.put("suggestions", list);
        if (r.parsed() != null) {
            m.put("nature", r.parsed().nature() == null ? null : r.parsed().nature().name());
            m.put("natureZh", r.parsed().nature() == null ? null : r.parsed().nature().labelZh());
            m.put("natureStated", r.parsed().natureStated());
            List<Map<String, Object>> qs = new ArrayList<>();
            for (Quantity x : r.parsed().quantities()) {
                qs.add(Map.of("attribute", x.attribute(), "value", x.value(), "unit", x.unit(), "text", x.text()));
            }
            m.put("quantities", qs);
        }
        return m;
    }

    Map<String, Object> clauses(Scheme current, OgcRequest r) {
        int page = integer(r, "page", 1);
        if (page < 1 || page > 1000) throw ProblemException.invalidParameter("page", "页码应为 1–1000", "page must be 1..1000");
        ClauseQuery q = ClauseQuery.builder().text(r.param("q"))
                .unitCode(blank(r.param("unit")))
                .unitClass(enumOf(UnitClass.class, "class", r.param("class")))
                .dimension(enumOf(Dimension.class, "dimension", r.param("dimension")))
                .cityCode(blank(r.param("city")))
                .level(enumOf(ListLevel.class, "level", r.param("level")))
                .industryCode(blank(r.param("industry")))
                .page((page - 1) * PAGE_SIZE, PAGE_SIZE).build();
        ClausePage p = clauses.search(current, q);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (ClauseHit h : p.hits()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("clauseId", h.clauseId());
            e.put("level", h.level() == null ? null : h.level().name());
            e.put("levelZh", h.level() == null ? null : h.level().labelZh());
            e.put("scopeCode", h.scopeCode());
            e.put("dimension", h.dimension() == null ? null : h.dimension().name());
            e.put("dimensionZh", h.dimension() == null ? null : h.dimension().labelZh());
            e.put("unitCode", h.unitCode());
            e.put("unitName", h.unitName());
            e.put("unitClass", h.unitClass());
            e.put("cityCode", h.cityCode());
            e.put("snippetHtml", h.snippetHtml());
            e.put("text", h.text());
            e.put("industryCodes", h.industryCodes());
            hits.add(e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", current.version());
        m.put("total", p.total());
        m.put("page", page);
        m.put("pageSize", PAGE_SIZE);
        m.put("hits", hits);
        return m;
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    private static int integer(OgcRequest r, String name, int dflt) {
        String v = blank(r.param(name));
        if (v == null) return dflt;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "不是整数：" + v, "not an integer: " + v);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String param, String value) {
        String v = blank(value);
        if (v == null) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) return e;
        }
        if (type == UnitClass.class) {
            for (UnitClass c : UnitClass.values()) {
                if (String.valueOf(c.digit()).equals(v) || c.labelZh().equals(v)) return type.cast(c);
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT));
        throw ProblemException.invalidParameter(param, "取值应为 " + names + "，实为「" + v + "」", "must be one of " + names + ", got \"" + v + "\"");
    }
}
