package org.ecozoning.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.model.Clause;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;

/**
 * The access list as CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting. Columns: level (Chinese label), scope code, scope name, dimension (Chinese
 * label), clause id, text, rule ids (separated by ";"). A text that Excel would take for a formula
 * (starting with = + - @) is written with a leading apostrophe, which the reader removes. The reader
 * also takes our own sidecar copy of the list inside Shapefile exports.
 */
public final class AccessListCsv {
    /** The header row (Chinese / English). */
    public static final List<String> HEADER = List.of("层级 level", "范围编码 scope code", "范围名称 scope name",
            "维度 dimension", "条款编号 clause id", "条款内容 text", "规则编号 rule ids");

    private AccessListCsv() { }

    /** Writes the clauses; {@code scopeNames} maps scope codes to names (may lack some). */
    public static void write(List<Clause> clauses, Map<String, String> scopeNames, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(clauses, scopeNames, out);
        }
    }

    public static void write(List<Clause> clauses, Map<String, String> scopeNames, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, HEADER);
        for (Clause c : clauses) {
            row(w, List.of(c.level().labelZh(), c.scopeCode(), scopeNames.getOrDefault(c.scopeCode(), ""), c.dimension().labelZh(),
                    c.id(), guard(c.text()), String.join(";", c.ruleIds())));
        }
        w.flush();
    }

    private static String guard(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }

    /** Reads clauses back from a CSV written by {@link #write}. */
    public static List<Clause> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static List<Clause> read(InputStream in, String file) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<List<String>> rows = parse(r, file);
        List<Clause> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isEmpty()) continue;
            if (row.size() < 6) {
                throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, "准入清单第 " + (i + 1) + " 行列数不足（" + row.size() + "，应为 7）",
                        "access-list row " + (i + 1) + " has " + row.size() + " columns, expected 7").withFile(file).withFeature(i - 1, null));
            }
            ListLevel level = level(row.get(0));
            Dimension dim = dimension(row.get(3));
            if (level == null || dim == null) {
                throw new ImportException(QaIssue.error(IssueCode.INVALID_VALUE, "准入清单第 " + (i + 1) + " 行的层级或维度无法识别：" + row.get(0) + " / " + row.get(3),
                        "access-list row " + (i + 1) + ": level or dimension not recognised: " + row.get(0) + " / " + row.get(3))
                        .withFile(file).withFeature(i - 1, row.get(4)));
            }
            String text = row.get(5);
            if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) text = text.substring(1);
            List<String> rules = row.size() > 6 && !row.get(6).isBlank() ? Arrays.asList(row.get(6).split(";")) : List.of();
            out.add(new Clause(row.get(4), level, row.get(1), dim, text, rules));
        }
        return out;
    }

    private static ListLevel level(String s) {
        for (ListLevel l : ListLevel.values()) if (l.labelZh().equals(s) || l.name().equals(s)) return l;
        return null;
    }

    private static Dimension dimension(String s) {
        for (Dimension d : Dimension.values()) if (d.labelZh().equals(s) || d.name().equals(s) || d.nationalField().equals(s)) return d;
        return null;
    }

    /** RFC 4180 parser (quoted fields may hold commas, quotes and line breaks); strips a BOM. */
    static List<List<String>> parse(BufferedReader r, String file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        int c;
        while ((c = r.read()) >= 0) {
            if (first) {
                first = false;
                if (c == 0xFEFF) continue;
            }
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    int n = r.read();
                    if (n == '"') cell.append('"');
                    else {
                        quoted = false;
                        if (n >= 0) r.reset();
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    r.mark(1);
                    if (r.read() != '\n') r.reset();
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append((char) c);
            }
        }
        if (quoted) {
            throw ImportException.malformed(file, "CSV 文件在引号内结束，文件不完整", "CSV ends inside a quoted field: incomplete file");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
