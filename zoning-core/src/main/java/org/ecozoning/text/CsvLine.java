package org.ecozoning.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One RFC 4180 CSV line (comma separated, quoted fields, doubled quotes), split and written: the
 * one small CSV helper shared by the shipped tables (industry catalogue) and the monitoring
 * importer, so they do not each carry a copy. Multi-line quoted fields are out of scope.
 */
public final class CsvLine {
    private CsvLine() { }

    /** The fields of {@code line}, unquoted, as they stand (no trimming). */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** The fields of {@code line}, unquoted, with surrounding white space stripped. */
    public static List<String> splitStripped(String line) {
        List<String> f = split(line);
        f.replaceAll(String::strip);
        return f;
    }

    /** {@code s} as one CSV field: quoted (quotes doubled) when it holds a comma, quote or line break; null as empty. */
    public static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
