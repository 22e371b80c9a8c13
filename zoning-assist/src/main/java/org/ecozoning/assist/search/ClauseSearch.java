package org.ecozoning.assist.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.ecozoning.assist.AssistException;
import org.ecozoning.assist.terms.IndustryTerms;
import org.ecozoning.assist.terms.TermEntry;
import org.ecozoning.assist.terms.TermHit;
import org.ecozoning.assist.terms.TermScanner;
import org.ecozoning.assist.text.ChineseAnalysis;
import org.ecozoning.assist.text.TextNormalizer;
import org.ecozoning.industry.Industry;
import org.ecozoning.industry.IndustryCatalog;

/**
 * Full-text search over access-list clauses of one or more scheme versions, in memory (Lucene
 * {@link ByteBuffersDirectory}): words match as substrings (CJK bigrams and unigrams, phrase
 * queries), ranking adds Lucene's smartcn word segmentation (BM25), and results can be filtered by
 * version, unit, unit class, dimension, city, list level and industry, with highlighted snippets and
 * paging. Build once per set of versions ({@link #build}); immutable and thread-safe.
 */
public final class ClauseSearch {
    static final String F_ID = "id";
    static final String F_VERSION = "version";
    static final String F_LEVEL = "level";
    static final String F_SCOPE = "scope";
    static final String F_DIMENSION = "dimension";
    static final String F_UNIT = "unit";
    static final String F_UNIT_CLASS = "unitClass";
    static final String F_UNIT_NAME = "unitName";
    static final String F_CITY = "city";
    static final String F_INDUSTRY = "industry";
    static final String F_CJK = "cjk";
    static final String F_WORDS = "words";
    private static final int SNIPPET = 120;

    private final IndexSearcher searcher;
    private final Analyzer queryCjk = cjk(false);
    private final Analyzer words;
    private final UnifiedHighlighter highlighter;
    private final Set<String> versions;
    private final int size;

    private ClauseSearch(IndexSearcher searcher, Analyzer indexAnalyzer, Analyzer words, Set<String> versions, int size) {
        this.searcher = searcher;
        this.words = words;
        this.versions = versions;
        this.size = size;
        this.highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withMaxLength(10_000)
                .build();
    }

    /** An index over {@code records} (clause industries read with the shipped term list). */
    public static ClauseSearch build(Collection<ClauseRecord> records) {
        return build(records, IndustryCatalog.gbt4754(), IndustryTerms.shipped());
    }

    /** An index over {@code records}, reading the industries each clause names with {@code terms}. */
    public static ClauseSearch build(Collection<ClauseRecord> records, IndustryCatalog catalog, IndustryTerms terms) {
        Analyzer words = ChineseAnalysis.analyzer(List.of());
        Analyzer index = new PerFieldAnalyzerWrapper(words, Map.of(F_CJK, cjk(true)));
        TermScanner scanner = new TermScanner(terms, TermEntry::forRules);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Set<String> versions = new TreeSet<>();
        FieldType cjkType = new FieldType(TextField.TYPE_STORED);
        cjkType.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        cjkType.freeze();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
            for (ClauseRecord r : records) {
                Document d = new Document();
                d.add(new StringField(F_ID, r.clause().id(), Field.Store.YES));
                d.add(new StringField(F_VERSION, r.version(), Field.Store.YES));
                d.add(new StringField(F_LEVEL, r.clause().level().name(), Field.Store.YES));
                d.add(new StoredField(F_SCOPE, r.clause().scopeCode()));
                d.add(new StringField(F_DIMENSION, r.clause().dimension().name(), Field.Store.YES));
                if (r.unitCode() != null) d.add(new StringField(F_UNIT, r.unitCode(), Field.Store.YES));
                if (r.unitClass() != null) d.add(new StringField(F_UNIT_CLASS, r.unitClass().name(), Field.Store.YES));
                if (r.unitName() != null) d.add(new StoredField(F_UNIT_NAME, r.unitName()));
                if (r.cityCode() != null) d.add(new StringField(F_CITY, r.cityCode(), Field.Store.YES));
                String text = TextNormalizer.normalize(r.clause().text());
                for (String code : industries(scanner, catalog, text)) d.add(new StringField(F_INDUSTRY, code, Field.Store.YES));
                d.add(new Field(F_CJK, text, cjkType));
                d.add(new TextField(F_WORDS, text, Field.Store.NO));
                w.addDocument(d);
                versions.add(r.version());
            }
            w.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            return new ClauseSearch(new IndexSearcher(reader), index, words, java.util.Collections.unmodifiableSet(versions), reader.numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Industry codes a clause names, with every ancestor (so a filter on 25 finds 2521). */
    private static Set<String> industries(TermScanner scanner, IndustryCatalog catalog, String text) {
        Set<String> out = new LinkedHashSet<>();
        for (TermHit h : scanner.scan(text)) {
            for (String c : h.entry().ruleCodes()) {
                for (Industry i : catalog.chain(c)) out.add(i.code());
            }
        }
        return out;
    }

    /** Index analyzer of the substring field: standard tokens, width-folded, lower case, CJK bigrams (and unigrams). */
    private static Analyzer cjk(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(t);
                s = new LowerCaseFilter(s);
                s = new CJKBigramFilter(s, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(t, s);
            }
        };
    }

    /** The versions in the index. */
    public Set<String> versions() { return versions; }

    /** Number of indexed clauses (all versions). */
    public int size() { return size; }

    /** Runs {@code q}; bad input (too long, bad paging) is an {@link AssistException}. */
    public ClausePage search(ClauseQuery q) {
        if (q.offset() < 0 || q.limit() < 1 || q.limit() > ClauseQuery.MAX_LIMIT) {
            throw new AssistException("BAD_PAGE", "分页参数错误：offset ≥ 0，limit 为 1–" + ClauseQuery.MAX_LIMIT,
                    "bad paging: offset must be >= 0 and limit 1-" + ClauseQuery.MAX_LIMIT);
        }
        String text = q.text() == null ? "" : TextNormalizer.normalize(q.text()).trim();
        if (text.length() > ClauseQuery.MAX_TEXT) {
            throw new AssistException("QUERY_TOO_LONG", "检索词过长（上限 " + ClauseQuery.MAX_TEXT + " 字）",
                    "the search text is too long (limit " + ClauseQuery.MAX_TEXT + " characters)");
        }
        if (q.version() != null && !versions.contains(q.version())) {
            throw new AssistException("UNKNOWN_VERSION", "没有版本「" + q.version() + "」，可用：" + versions,
                    "no version \"" + q.version() + "\"; available: " + versions);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean hasText = false;
        for (String word : text.split(" ")) {
            Query wq = wordQuery(word);
            if (wq == null) continue;
            b.add(wq, BooleanClause.Occur.MUST);
            hasText = true;
            for (String t : ChineseAnalysis.tokens(words, F_WORDS, word)) b.add(new TermQuery(new Term(F_WORDS, t)), BooleanClause.Occur.SHOULD);
        }
        if (!text.isEmpty() && !hasText) return new ClausePage(0, q.offset(), q.limit(), List.of());
        if (!hasText) b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        filter(b, F_VERSION, q.version());
        filter(b, F_UNIT, q.unitCode());
        filter(b, F_UNIT_CLASS, q.unitClass() == null ? null : q.unitClass().name());
        filter(b, F_DIMENSION, q.dimension() == null ? null : q.dimension().name());
        filter(b, F_CITY, q.cityCode());
        filter(b, F_LEVEL, q.level() == null ? null : q.level().name());
        filter(b, F_INDUSTRY, q.industryCode() == null ? null : IndustryCatalog.normalize(q.industryCode()));
        Query query = b.build();
        try {
            int n = q.offset() + q.limit();
            TopDocs top = hasText ? searcher.search(query, n) : searcher.search(query, n, Sort.INDEXORDER);
            ScoreDoc[] docs = top.scoreDocs;
            List<ClauseHit> hits = new ArrayList<>();
            if (docs.length > q.offset()) {
                ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, q.offset(), docs.length);
                String[] snippets = null;
                if (hasText) {
                    TopDocs pageDocs = new TopDocs(top.totalHits, page);
                    snippets = highlighter.highlight(F_CJK, query, pageDocs, 2);
                }
                var stored = searcher.storedFields();
                for (int i = 0; i < page.length; i++) {
                    Document d = stored.document(page[i].doc);
                    String full = d.get(F_CJK);
                    String snippet = snippets != null && snippets[i] != null ? snippets[i] : escape(full.length() > SNIPPET ? full.substring(0, SNIPPET) + "…" : full);
                    hits.add(new ClauseHit(d.get(F_ID), d.get(F_VERSION), org.ecozoning.model.ListLevel.valueOf(d.get(F_LEVEL)), d.get(F_SCOPE),
                            org.ecozoning.model.Dimension.valueOf(d.get(F_DIMENSION)), d.get(F_UNIT), d.get(F_UNIT_CLASS), d.get(F_UNIT_NAME),
                            d.get(F_CITY), full, snippet, hasText ? page[i].score : 0f, List.of(d.getValues(F_INDUSTRY))));
                }
            }
            long total = searcher.count(query);
            return new ClausePage(total, q.offset(), q.limit(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word as a substring query: its bigrams as a phrase (a single character as a term); null if it has no token. */
    private Query wordQuery(String word) {
        if (word.isBlank()) return null;
        List<String> toks = ChineseAnalysis.tokens(queryCjk, F_CJK, word);
        if (toks.isEmpty()) return null;
        if (toks.size() == 1) return new TermQuery(new Term(F_CJK, toks.get(0)));
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int i = 0; i < toks.size(); i++) p.add(new Term(F_CJK, toks.get(i)), i);
        return p.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
