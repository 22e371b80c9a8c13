package org.ecozoning.assist.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Chinese analysis shared by the catalog index and the clause index: Lucene's
 * {@link SmartChineseAnalyzer} (a hidden-Markov word segmenter with its dictionary inside the
 * jar: no download) with its punctuation stop set plus the caller's stop words. Analyzers are
 * thread-safe; build one per configuration and share it.
 */
public final class ChineseAnalysis {
    private ChineseAnalysis() { }

    /** A smartcn analyzer that also drops {@code extraStopwords}. */
    public static Analyzer analyzer(Collection<String> extraStopwords) {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        stop.addAll(extraStopwords);
        return new SmartChineseAnalyzer(stop);
    }

    /** The tokens {@code analyzer} makes of {@code text} for {@code field}, in order, with repeats. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
