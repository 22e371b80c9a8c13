package org.ecozoning.assist.text;

import java.text.Normalizer;

/**
 * One normal form for every text the assist module reads, so that dictionaries and patterns are
 * written once: NFKC (full-width digits, letters and punctuation become ASCII, ㎡ becomes m2),
 * line breaks and runs of white space become one space. Offsets reported by the assist module
 * refer to this normal form.
 */
public final class TextNormalizer {
    private TextNormalizer() { }

    /** The normal form of {@code text} ("" for null). */
    public static String normalize(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** Whether {@code c} is a CJK unified ideograph. */
    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Share of Han characters among the letters and ideographs of {@code text} (0 when it has none). */
    public static double hanShare(String text) {
        int han = 0, letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) { han++; letters++; } else if (Character.isLetter(c)) letters++;
        }
        return letters == 0 ? 0 : (double) han / letters;
    }
}
