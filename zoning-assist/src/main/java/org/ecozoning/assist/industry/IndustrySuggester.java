package org.ecozoning.assist.industry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.ecozoning.assist.terms.IndustryTerms;
import org.ecozoning.assist.terms.TermEntry;
import org.ecozoning.assist.terms.TermHit;
import org.ecozoning.assist.terms.TermScanner;
import org.ecozoning.assist.text.ChineseAnalysis;
import org.ecozoning.assist.text.ParsedProject;
import org.ecozoning.assist.text.ProjectTextParser;
import org.ecozoning.assist.text.TextNormalizer;
import org.ecozoning.industry.Industry;
import org.ecozoning.industry.IndustryCatalog;

/**
 * Suggests GB/T 4754-2017 codes for a free-text project description ("新建年产100万吨焦炭及配套
 * 化产回收项目" → 2521 炼焦), with the nature and quantities the text states. Two signals are
 * combined: the curated term list (strong, specific; words after 配套 count half, negated words
 * not at all) and BM25 over the catalog's class names and notes (weak, covers what the list
 * lacks). The confidence is 1 − Π(1 − evidence) over the supporting words, so a single generic
 * word stays low and text with no known word gets {@link SuggestStatus#NO_CONFIDENT_SUGGESTION}.
 *
 * <p>Build once (a few hundred milliseconds: the in-memory index) and share: thread-safe. No
 * network, no model download.
 */
public final class IndustrySuggester {
    /** Weight of a term's alternative (non-primary) codes relative to its primary code. */
    static final double ALTERNATIVE = 0.6;
    /** Weight of words after a secondary marker (配套, 附属 …). */
    static final double SECONDARY = 0.5;
    /** Weight of words before the head word of the phrase (the last primary term). */
    static final double BEFORE_HEAD = 0.9;
    /** Share of a division/group term's evidence passed on to the classes below it. */
    static final double INHERITED = 0.5;
    /** Most the full-text side alone can contribute. */
    static final double BM25_CAP = 0.7;
    /** Weight, relative to the rarest catalog word, of a text word the catalog does not know. */
    static final double UNKNOWN_WORD = 0.6;

    private final IndustryCatalog catalog;
    private final IndustryTerms terms;
    private final TermScanner scanner;
    private final CatalogIndex index;
    private final ProjectTextParser parser = new ProjectTextParser();
    private final SuggesterOptions options;

    /** A suggester over the shipped catalog and term list with default options. */
    public static IndustrySuggester shipped() {
        return new IndustrySuggester(IndustryCatalog.gbt4754(), IndustryTerms.shipped(), SuggesterOptions.DEFAULTS);
    }

    public IndustrySuggester(IndustryCatalog catalog, IndustryTerms terms, SuggesterOptions options) {
        this.catalog = catalog;
        this.terms = terms;
        this.options = options;
        this.scanner = new TermScanner(terms, TermEntry::forSuggestions);
        Analyzer analyzer = ChineseAnalysis.analyzer(terms.stopwords());
        this.index = new CatalogIndex(catalog, analyzer);
    }

    public SuggesterOptions options() { return options; }

    /** Version of the term list in use. */
    public String termsVersion() { return terms.version(); }

    /** Suggestions for {@code description} with this suggester's options. */
    public SuggestionResult suggest(String description) {
        return suggest(description, options.maxSuggestions());
    }

    /** Suggestions for {@code description}, at most {@code limit} of them. */
    public SuggestionResult suggest(String description, int limit) {
        double threshold = options.minConfidence();
        if (description == null || description.isBlank()) {
            return new SuggestionResult(SuggestStatus.EMPTY, List.of(), null, "项目描述为空，请输入项目名称或建设内容",
                    "the project description is empty; enter the project name or what it builds", terms.version(), threshold);
        }
        if (description.length() > options.maxLength()) {
            return new SuggestionResult(SuggestStatus.TOO_LONG, List.of(), null,
                    "项目描述过长（" + description.length() + " 字，上限 " + options.maxLength() + " 字），请只输入项目名称和主要建设内容",
                    "the description is too long (" + description.length() + " characters, limit " + options.maxLength()
                            + "); enter the project name and main works only", terms.version(), threshold);
        }
        ParsedProject parsed = parser.parse(description);
        String text = parsed.normalizedText();
        Map<String, Evidence> ev = new LinkedHashMap<>();
        List<TermHit> hits = scanner.scan(text);
        int head = headIndex(hits, text);
        for (int k = 0; k < hits.size(); k++) {
            TermHit h = hits.get(k);
            if (h.negated()) continue;
            TermEntry e = h.entry();
            double role = h.secondary() || modifier(h, text) ? SECONDARY : (head >= 0 && k != head ? BEFORE_HEAD : 1);
            for (int i = 0; i < e.codes().size(); i++) {
                double w = e.weight() * (i == 0 ? 1 : ALTERNATIVE) * role;
                ev.computeIfAbsent(e.codes().get(i), Evidence::new).addTerm(e, h.surface(), w);
            }
        }
        // a division or group named by a term lends part of its evidence to the classes under it
        Map<String, Evidence> coarse = new LinkedHashMap<>();
        ev.forEach((c, e) -> { if (c.length() < 4) coarse.put(c, e); });

        // full-text side: words of two characters or more; those the catalog does not know still
        // count in the denominator, so text about something else ("马铃薯…") gains little from a
        // generic shared word ("种植")
        List<String> known = new ArrayList<>();
        double queryIdf = 0;
        Set<String> seen = new HashSet<>();
        for (String t : ChineseAnalysis.tokens(index.analyzer(), CatalogIndex.F_NAME, text)) {
            if (t.length() < 2 || !TextNormalizer.isHan(t.charAt(0)) || !seen.add(t)) continue;
            if (index.known(t)) {
                known.add(t);
                queryIdf += index.idf(t);
            } else {
                queryIdf += UNKNOWN_WORD * index.maxIdf();
            }
        }
        double knownIdf = queryIdf;
        for (CatalogIndex.Hit h : index.search(known, 20)) {
            if (h.nameCoverage() <= 0) continue;
            double sharedIdf = 0;
            int sharedInName = 0;
            for (String t : h.shared()) {
                if (h.nameTokens().contains(t)) {
                    sharedIdf += index.idf(t);
                    sharedInName++;
                }
            }
            double queryCoverage = knownIdf == 0 ? 0 : Math.min(1, sharedIdf / knownIdf);
            double conf = BM25_CAP * queryCoverage * (0.6 + 0.4 * h.nameCoverage());
            Evidence e = ev.computeIfAbsent(h.code(), Evidence::new);
            e.addText(conf, h.shared());
            String name = catalog.find(h.code()).map(Industry::nameZh).orElse("");
            for (TermHit th : hits) {
                // a class whose name holds the term and more of the text is a closer reading of it (宠物医院 → 8222, not 8411)
                if (!th.negated() && sharedInName >= 2 && name.contains(th.surface()) && coversMore(h, th.surface())) {
                    e.addTerm(th.entry(), th.surface(), th.entry().weight() * (th.secondary() ? SECONDARY : 1));
                }
            }
            for (Map.Entry<String, Evidence> c : coarse.entrySet()) {
                if (catalog.isWithin(h.code(), c.getKey())) e.inherit(c.getValue().termScore() * INHERITED);
            }
        }

        List<Suggestion> out = new ArrayList<>();
        for (Evidence e : ev.values()) {
            Industry ind = catalog.find(e.code).orElse(null);
            if (ind == null) continue;
            double conf = Math.min(0.99, e.confidence());
            if (conf <= 0.01) continue;
            out.add(new Suggestion(ind.code(), ind.nameZh(), ind.level().labelZh(), round(conf), List.copyOf(e.words), e.fromTerms()));
        }
        out.sort(Comparator.comparingDouble(Suggestion::confidence).reversed()
                .thenComparing(s -> !s.fromTermList())
                .thenComparing(s -> -s.code().length())
                .thenComparing(Suggestion::code));
        if (out.size() > limit) out = out.subList(0, limit);
        boolean confident = !out.isEmpty() && out.get(0).confidence() >= threshold;
        if (confident) {
            Suggestion best = out.get(0);
            return new SuggestionResult(SuggestStatus.OK, out, parsed,
                    "推断行业：" + best.code() + " " + best.nameZh() + "（推断结果，请确认）",
                    "inferred industry: " + best.code() + " " + best.nameZh() + " (inferred, please confirm)", terms.version(), threshold);
        }
        boolean foreign = TextNormalizer.hanShare(text) < 0.3 && hits.isEmpty();
        String zh = "无可信建议，请手动选择行业代码" + (foreign ? "（请用中文描述项目名称和建设内容）" : "（描述中未识别出行业用语）");
        String en = "no confident suggestion; please choose the industry code yourself"
                + (foreign ? " (describe the project in Chinese)" : " (no industry words recognised)");
        return new SuggestionResult(SuggestStatus.NO_CONFIDENT_SUGGESTION, out, parsed, zh, en, terms.version(), threshold);
    }

    /**
     * Chinese noun phrases put the head last: in "焦化厂关闭地块土壤修复工程" the project is the
     * soil remediation. The head is the last hit that is neither secondary nor a modifier.
     */
    private static int headIndex(List<TermHit> hits, String text) {
        for (int k = hits.size() - 1; k >= 0; k--) {
            TermHit h = hits.get(k);
            if (!h.negated() && !h.secondary() && !modifier(h, text)) return k;
        }
        return -1;
    }

    /** Whether the class shares a word of the text that the term itself does not contain. */
    private static boolean coversMore(CatalogIndex.Hit h, String surface) {
        for (String t : h.shared()) if (h.nameTokens().contains(t) && !surface.contains(t)) return true;
        return false;
    }

    /** A term followed by 用 ("水泥用石灰石矿") describes the purpose of what follows, not the project. */
    private static boolean modifier(TermHit h, String text) {
        return h.end() < text.length() && text.charAt(h.end()) == '用';
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    /** Evidence gathered for one code. */
    private static final class Evidence {
        final String code;
        final Set<String> words = new LinkedHashSet<>();
        final Map<TermEntry, Double> termWeights = new LinkedHashMap<>();   // the same entry twice is one piece of evidence
        double textConf = 0;
        double inherited = 0;

        Evidence(String code) { this.code = code; }

        void addTerm(TermEntry e, String surface, double w) {
            words.add(surface);
            termWeights.merge(e, w, Math::max);
        }

        void addText(double conf, List<String> shared) {
            textConf = Math.max(textConf, conf);
            words.addAll(shared);
        }

        void inherit(double w) { inherited = Math.max(inherited, w); }

        double termScore() {
            double miss = 1;
            for (double w : termWeights.values()) miss *= 1 - w;
            return 1 - miss;
        }

        boolean fromTerms() { return !termWeights.isEmpty(); }

        double confidence() { return 1 - (1 - termScore()) * (1 - textConf) * (1 - inherited); }
    }
}
