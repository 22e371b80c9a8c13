package org.ecozoning.assist.industry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.ecozoning.assist.text.ChineseAnalysis;
import org.ecozoning.industry.Industry;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.industry.IndustryLevel;

/**
 * BM25 over the classes of GB/T 4754-2017 (name, note, and the names of the group and division
 * above), in memory (a Lucene {@link ByteBuffersDirectory} built at start). Besides Lucene's
 * ranking it reports how much of a class name the query covers, weighted by inverse document
 * frequency, which is what the suggester turns into a confidence. Immutable and thread-safe.
 */
final class CatalogIndex {
    static final String F_CODE = "code";
    static final String F_NAME = "name";
    static final String F_NOTE = "note";
    static final String F_PATH = "path";

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final DirectoryReader reader;
    private final Map<String, Set<String>> nameTokens = new HashMap<>();
    private final Map<String, Set<String>> noteTokens = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final int docCount;

    /** A scored class: BM25 score, covered share of its name, and the query tokens it shares. */
    record Hit(String code, float score, double nameCoverage, List<String> shared, Set<String> nameTokens) { }

    CatalogIndex(IndustryCatalog catalog, Analyzer analyzer) {
        this.analyzer = analyzer;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int n = 0;
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Industry i : catalog.all()) {
                if (i.level() != IndustryLevel.CLASS) continue;
                List<Industry> chain = catalog.chain(i.code());
                StringBuilder path = new StringBuilder();
                for (Industry a : chain) if (a.level() == IndustryLevel.DIVISION || a.level() == IndustryLevel.GROUP) path.append(a.nameZh()).append(' ');
                Document d = new Document();
                d.add(new StringField(F_CODE, i.code(), Field.Store.YES));
                d.add(new TextField(F_NAME, i.nameZh(), Field.Store.NO));
                d.add(new TextField(F_NOTE, i.noteZh(), Field.Store.NO));
                d.add(new TextField(F_PATH, path.toString(), Field.Store.NO));
                w.addDocument(d);
                Set<String> nt = new LinkedHashSet<>(ChineseAnalysis.tokens(analyzer, F_NAME, i.nameZh()));
                Set<String> ot = new LinkedHashSet<>(ChineseAnalysis.tokens(analyzer, F_NOTE, i.noteZh()));
                nameTokens.put(i.code(), nt);
                noteTokens.put(i.code(), ot);
                vocabulary.addAll(nt);
                vocabulary.addAll(ot);
                n++;
            }
            w.commit();
            reader = DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.docCount = n;
        this.searcher = new IndexSearcher(reader);
    }

    Analyzer analyzer() { return analyzer; }

    /** Whether any class name or note contains {@code token}. */
    boolean known(String token) { return vocabulary.contains(token); }

    /** Inverse document frequency of {@code token} among class names (BM25's formula). */
    double idf(String token) {
        try {
            int df = reader.docFreq(new Term(F_NAME, token));
            return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest inverse document frequency a name word can have (a word of one class only). */
    double maxIdf() { return Math.log(1 + (docCount - 1 + 0.5) / 1.5); }

    /** The best {@code n} classes for {@code tokens} (already analysed, stop words removed). */
    List<Hit> search(List<String> tokens, int n) {
        if (tokens.isEmpty()) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(tokens)) {
            q.add(new BoostQuery(new TermQuery(new Term(F_NAME, t)), 3f), BooleanClause.Occur.SHOULD);
            q.add(new TermQuery(new Term(F_NOTE, t)), BooleanClause.Occur.SHOULD);
            q.add(new BoostQuery(new TermQuery(new Term(F_PATH, t)), 0.7f), BooleanClause.Occur.SHOULD);
        }
        try {
            TopDocs top = searcher.search(q.build(), n);
            List<Hit> out = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                String code = stored.document(sd.doc).get(F_CODE);
                Set<String> name = nameTokens.get(code);
                Set<String> note = noteTokens.get(code);
                double covered = 0, total = 0;
                List<String> shared = new ArrayList<>();
                for (String t : name) {
                    double w = idf(t);
                    total += w;
                    if (tokens.contains(t)) {
                        covered += w;
                        shared.add(t);
                    }
                }
                for (String t : new LinkedHashSet<>(tokens)) if (!shared.contains(t) && note.contains(t)) shared.add(t);
                out.add(new Hit(code, sd.score, total == 0 ? 0 : covered / total, shared, name));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
