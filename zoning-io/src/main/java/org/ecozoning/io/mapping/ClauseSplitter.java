package org.ecozoning.io.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of one access-list dimension into its numbered items: "1.禁止… 2.限制…" (also
 * "1、", "1．", "(1)", "（1）", "①") become separate clauses without their numbers. Numbers are
 * taken only in sequence (1, 2, 3 …), and "2." / "2、" only at the start or after a separator, so
 * "3.5 米" or a year inside an item does not split it. Text before item 1 is kept as a clause of its own. Empty
 * markers such as "无" or "/" give no clause.
 */
public final class ClauseSplitter {
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private ClauseSplitter() { }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String t = text.strip();
        if (t.isEmpty() || t.equals("无") || t.equals("/") || t.equals("-") || t.equals("—") || t.equalsIgnoreCase("null")) return out;
        List<int[]> marks = new ArrayList<>(); // {start of marker, start of item text}
        int expected = 1;
        int i = 0;
        while (i < t.length()) {
            int end = markerEnd(t, i, expected);
            if (end > 0) {
                marks.add(new int[] {i, end});
                expected++;
                i = end;
            } else {
                i++;
            }
        }
        if (marks.isEmpty()) {
            out.add(t);
            return out;
        }
        String preface = t.substring(0, marks.get(0)[0]).strip();
        if (!preface.isEmpty()) out.add(preface);
        for (int m = 0; m < marks.size(); m++) {
            int to = m + 1 < marks.size() ? marks.get(m + 1)[0] : t.length();
            String item = t.substring(marks.get(m)[1], to).strip();
            if (!item.isEmpty()) out.add(item);
        }
        return out;
    }

    /** If item number {@code n} starts at {@code i}, the index after its marker; else -1. */
    private static int markerEnd(String t, int i, int n) {
        // "①" and "（2）" mark items wherever they stand; "2." and "2、" only after a separator.
        if (n <= CIRCLED.length() && t.charAt(i) == CIRCLED.charAt(n - 1)) return i + 1;
        String num = Integer.toString(n);
        char c = t.charAt(i);
        if (c == '(' || c == '（') {
            if (t.startsWith(num, i + 1) && i + 1 + num.length() < t.length()) {
                char close = t.charAt(i + 1 + num.length());
                if (close == ')' || close == '）') return i + 2 + num.length();
            }
            return -1;
        }
        if (i > 0 && !separator(t.charAt(i - 1))) return -1;
        if (!t.startsWith(num, i)) return -1;
        int j = i + num.length();
        if (j >= t.length()) return -1;
        char d = t.charAt(j);
        if (d != '.' && d != '．' && d != '、') return -1;
        if (j + 1 < t.length() && Character.isDigit(t.charAt(j + 1))) return -1;
        return j + 1;
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || "。；;，,：:！!？?）)\"”".indexOf(c) >= 0;
    }

    /** Joins clause texts as numbered items "1.… 2.…" (one item: the text alone), as {@link #split} reads them. */
    public static String join(List<String> items) {
        if (items.size() == 1) return items.get(0);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) sb.append('\n');
            sb.append(k + 1).append('.').append(items.get(k));
        }
        return sb.toString();
    }
}
