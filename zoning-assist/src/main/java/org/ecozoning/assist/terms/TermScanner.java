package org.ecozoning.assist.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the terms of an {@link IndustryTerms} list in normalised text by forward maximum matching
 * (at each position the longest term wins, so 光伏组件 beats 光伏 and 煤制甲醇 beats 甲醇).
 * Latin terms (PV, IDC) match whole words only. Each hit records whether a secondary marker
 * (配套 …) precedes it in the same clause and whether a negation (不含, 无 …) stands right before
 * it. Immutable and thread-safe.
 */
public final class TermScanner {
    private static final String CLAUSE_BREAKS = ",;。;!?！？\n";

    private final IndustryTerms terms;
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    /** A scanner over the entries of {@code terms} that {@code use} accepts. */
    public TermScanner(IndustryTerms terms, Predicate<TermEntry> use) {
        this.terms = terms;
        for (Map.Entry<String, TermEntry> e : terms.bySurface().entrySet()) {
            if (!use.test(e.getValue())) continue;
            byFirst.computeIfAbsent(e.getKey().charAt(0), k -> new ArrayList<>()).add(e.getKey());
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** The list this scanner reads. */
    public IndustryTerms terms() { return terms; }

    /** Hits in {@code normalized}, in text order, not overlapping. */
    public List<TermHit> scan(String normalized) {
        String lower = normalized.toLowerCase(Locale.ROOT);
        List<TermHit> out = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            List<String> cands = byFirst.get(lower.charAt(i));
            String match = null;
            if (cands != null) {
                for (String c : cands) {
                    if (lower.startsWith(c, i) && wordOk(lower, i, c)) {
                        match = c;
                        break;
                    }
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            int end = i + match.length();
            out.add(new TermHit(normalized.substring(i, end), terms.bySurface().get(match), i, end,
                    secondary(normalized, i), negated(normalized, i)));
            i = end;
        }
        return List.copyOf(out);
    }

    private static boolean wordOk(String text, int start, String term) {
        if (!isAsciiLetter(term.charAt(0))) return true;
        int end = start + term.length();
        return (start == 0 || !isAsciiLetter(text.charAt(start - 1))) && (end >= text.length() || !isAsciiLetter(text.charAt(end)));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private boolean secondary(String text, int start) {
        int from = start;
        while (from > 0 && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) from--;
        String before = text.substring(from, start);
        for (String m : terms.secondaryMarkers()) if (before.contains(m)) return true;
        return false;
    }

    private boolean negated(String text, int start) {
        String before = text.substring(Math.max(0, start - 3), start);
        for (String m : terms.negationMarkers()) if (before.endsWith(m) || (m.length() > 1 && before.contains(m))) return true;
        return false;
    }
}
