package org.ecozoning.io.shp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;

/**
 * Reads a dBASE III table (.dbf) as written beside shapefiles: header, field descriptors and fixed
 * width records. Text is decoded with the charset chosen by {@link #chooseEncoding}; a declared
 * charset the bytes do not fit, or bytes no candidate decodes, is an ENCODING error that names the
 * record and field. Numbers become Long or Double, logicals Boolean, dates LocalDate; blanks are
 * null.
 */
public final class DbfReader {
    private final ByteBuffer buf;
    private final String file;
    private final int records;
    private final int headerLength;
    private final int recordLength;
    private final int ldid;
    private final List<byte[]> rawNames = new ArrayList<>();
    private final List<DbfField> rawFields = new ArrayList<>();

    public DbfReader(ByteBuffer buf, String file) {
        this.buf = buf.order(ByteOrder.LITTLE_ENDIAN);
        this.file = file;
        if (buf.limit() < 32) throw ImportException.malformed(file, ".dbf 文件不足 32 字节的文件头，文件不完整",
                ".dbf file is shorter than its 32-byte header: incomplete");
        int version = buf.get(0) & 0xFF;
        if ((version & 0x07) != 3 && version != 0x30 && version != 0x31 && version != 0x04) {
            throw ImportException.malformed(file, ".dbf 版本字节无效（0x" + Integer.toHexString(version) + "），不是 dBASE 表",
                    ".dbf version byte 0x" + Integer.toHexString(version) + " is not dBASE");
        }
        records = buf.getInt(4);
        headerLength = buf.getShort(8) & 0xFFFF;
        recordLength = buf.getShort(10) & 0xFFFF;
        ldid = buf.get(29) & 0xFF;
        if (records < 0 || headerLength < 33 || headerLength > buf.limit() || recordLength < 1) {
            throw ImportException.malformed(file, ".dbf 文件头损坏（记录数 " + records + "，头长度 " + headerLength + "）",
                    ".dbf header is corrupt (records " + records + ", header length " + headerLength + ")");
        }
        int offset = 1;
        for (int p = 32; p + 32 <= headerLength && buf.get(p) != 0x0D; p += 32) {
            int n = 0;
            while (n < 11 && buf.get(p + n) != 0) n++;
            byte[] name = new byte[n];
            buf.get(p, name);
            char type = (char) (buf.get(p + 11) & 0xFF);
            int len = buf.get(p + 16) & 0xFF;
            int dec = buf.get(p + 17) & 0xFF;
            if (type == 'C' && dec > 0) len += dec << 8; // Clipper-style long text fields
            rawNames.add(name);
            rawFields.add(new DbfField(null, type, len, dec, offset));
            offset += len;
        }
        if (offset > recordLength) {
            throw ImportException.malformed(file, ".dbf 字段宽度之和（" + offset + "）超过记录长度（" + recordLength + "）",
                    ".dbf field widths (" + offset + ") exceed the record length (" + recordLength + ")");
        }
        long need = (long) headerLength + (long) records * recordLength;
        if (need > buf.limit()) {
            int complete = (int) Math.max(0, (buf.limit() - headerLength) / recordLength);
            throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE,
                    ".dbf 文件被截断：声明 " + records + " 条记录，只有 " + complete + " 条完整（上传中断？）",
                    ".dbf file is truncated: " + records + " records declared, only " + complete + " complete (interrupted upload?)")
                    .withFile(file).withFeature(complete, null));
        }
    }

    public int recordCount() { return records; }

    public int ldid() { return ldid; }

    /**
     * Chooses the charset: {@code declared} (from .cpg) when given, else the LDID's, else detection.
     * Checks the choice against every text byte; problems go to {@code issues} (errors for a
     * declared charset that does not fit, a warning for a detected one).
     */
    public DbfEncoding.Choice chooseEncoding(Charset declared, String declaredBy, List<QaIssue> issues) {
        DbfEncoding.Choice choice;
        if (declared != null) choice = new DbfEncoding.Choice(declared, DbfEncoding.Source.CPG);
        else if (DbfEncoding.fromLdid(ldid) != null) choice = new DbfEncoding.Choice(DbfEncoding.fromLdid(ldid), DbfEncoding.Source.LDID);
        else choice = detect(issues);
        if (choice.source() != DbfEncoding.Source.DETECTED) verify(choice, declaredBy == null ? "LDID 0x" + Integer.toHexString(ldid) : declaredBy, issues);
        return choice;
    }

    private DbfEncoding.Choice detect(List<QaIssue> issues) {
        boolean nonAscii = false;
        boolean utf8 = true;
        boolean gbk = true;
        int[] firstBadGbk = null;
        for (Cell c : textCells()) {
            if (!DbfEncoding.hasNonAscii(c.bytes, c.off, c.len)) continue;
            nonAscii = true;
            if (utf8 && !DbfEncoding.decodes(c.bytes, c.off, c.len, StandardCharsets.UTF_8)) utf8 = false;
            if (gbk && !DbfEncoding.decodes(c.bytes, c.off, c.len, DbfEncoding.GBK)) {
                gbk = false;
                firstBadGbk = new int[] {c.record, c.field};
            }
            if (!utf8 && !gbk) break;
        }
        if (!nonAscii || utf8) {
            if (nonAscii) {
                issues.add(QaIssue.warning(IssueCode.ENCODING, "没有 .cpg 编码声明，检测为 UTF-8", "no .cpg declares the encoding; detected UTF-8")
                        .withFile(file));
            }
            return new DbfEncoding.Choice(StandardCharsets.UTF_8, DbfEncoding.Source.DETECTED);
        }
        if (gbk) {
            issues.add(QaIssue.warning(IssueCode.ENCODING, "没有 .cpg 编码声明，检测为 GBK；建议附带内容为 GBK 或 UTF-8 的 .cpg 文件",
                    "no .cpg declares the encoding; detected GBK (add a .cpg file saying GBK or UTF-8)").withFile(file));
            return new DbfEncoding.Choice(DbfEncoding.GBK, DbfEncoding.Source.DETECTED);
        }
        issues.add(QaIssue.error(IssueCode.ENCODING, "文本既不是有效的 UTF-8 也不是有效的 GBK，无法识别编码",
                "text is neither valid UTF-8 nor valid GBK; encoding unknown").withFile(file)
                .withFeature(firstBadGbk[0], null).withField(fieldName(firstBadGbk[1], StandardCharsets.UTF_8)));
        return new DbfEncoding.Choice(DbfEncoding.GBK, DbfEncoding.Source.DETECTED);
    }

    private void verify(DbfEncoding.Choice choice, String declaredBy, List<QaIssue> issues) {
        Charset cs = choice.charset();
        boolean declaredUtf8 = cs.equals(StandardCharsets.UTF_8);
        boolean declaredGbk = cs.equals(DbfEncoding.GBK) || cs.equals(DbfEncoding.GB18030);
        int utf8Cells = 0;
        int nonAsciiCells = 0;
        Cell firstUtf8 = null;
        for (Cell c : textCells()) {
            if (!DbfEncoding.hasNonAscii(c.bytes, c.off, c.len)) continue;
            nonAsciiCells++;
            if (!DbfEncoding.decodes(c.bytes, c.off, c.len, cs)) {
                String alt = declaredUtf8 && DbfEncoding.decodes(c.bytes, c.off, c.len, DbfEncoding.GBK) ? "GBK"
                        : !declaredUtf8 && DbfEncoding.decodes(c.bytes, c.off, c.len, StandardCharsets.UTF_8) ? "UTF-8" : null;
                String hint = alt == null ? "" : "，内容看起来是 " + alt;
                String hintEn = alt == null ? "" : "; the content looks like " + alt;
                issues.add(QaIssue.error(IssueCode.ENCODING,
                        declaredBy + " 声明编码为 " + cs.name() + "，但文本不是有效的 " + cs.name() + hint,
                        declaredBy + " declares " + cs.name() + " but the text is not valid " + cs.name() + hintEn)
                        .withFile(file).withFeature(c.record < 0 ? null : c.record, null).withField(fieldName(c.field, StandardCharsets.ISO_8859_1)));
                return;
            }
            if (declaredGbk && DbfEncoding.decodes(c.bytes, c.off, c.len, StandardCharsets.UTF_8)) {
                utf8Cells++;
                if (firstUtf8 == null) firstUtf8 = c;
            }
        }
        if (declaredGbk && nonAsciiCells > 0 && utf8Cells == nonAsciiCells) {
            issues.add(QaIssue.error(IssueCode.ENCODING,
                    declaredBy + " 声明编码为 " + cs.name() + "，但文本实际是 UTF-8（按 " + cs.name() + " 读取会成为乱码）",
                    declaredBy + " declares " + cs.name() + " but the text is UTF-8 (it would read as garbage)")
                    .withFile(file).withFeature(firstUtf8.record < 0 ? null : firstUtf8.record, null)
                    .withField(fieldName(firstUtf8.field, StandardCharsets.UTF_8)));
        }
    }

    private record Cell(byte[] bytes, int off, int len, int record, int field) { }

    /** Every field name and every text value, as raw bytes (record -1 for field names). */
    private List<Cell> textCells() {
        List<Cell> cells = new ArrayList<>();
        for (int f = 0; f < rawNames.size(); f++) cells.add(new Cell(rawNames.get(f), 0, rawNames.get(f).length, -1, f));
        for (int r = 0; r < records; r++) {
            int base = headerLength + r * recordLength;
            for (int f = 0; f < rawFields.size(); f++) {
                DbfField fd = rawFields.get(f);
                if (!isText(fd.type())) continue;
                byte[] b = new byte[fd.length()];
                buf.get(base + fd.offset(), b);
                int len = trimmedLength(b);
                if (len > 0) cells.add(new Cell(b, 0, len, r, f));
            }
        }
        return cells;
    }

    private static boolean isText(char t) { return t != 'N' && t != 'F' && t != 'L' && t != 'D'; }

    private static int trimmedLength(byte[] b) {
        int n = b.length;
        while (n > 0 && (b[n - 1] == ' ' || b[n - 1] == 0)) n--;
        return n;
    }

    private String fieldName(int f, Charset cs) { return new String(rawNames.get(f), cs).strip(); }

    /** The fields with names decoded in {@code cs}. */
    public List<DbfField> fields(Charset cs) {
        List<DbfField> out = new ArrayList<>();
        for (int i = 0; i < rawFields.size(); i++) {
            DbfField f = rawFields.get(i);
            out.add(new DbfField(new String(rawNames.get(i), cs).strip(), f.type(), f.length(), f.decimals(), f.offset()));
        }
        return out;
    }

    /** Whether record {@code r} is marked deleted. */
    public boolean deleted(int r) { return buf.get(headerLength + r * recordLength) == '*'; }

    /** The values of record {@code r}, by field name, decoded with {@code cs}. */
    public Map<String, Object> record(int r, List<DbfField> fields, Charset cs, List<QaIssue> issues) {
        Map<String, Object> m = new LinkedHashMap<>();
        int base = headerLength + r * recordLength;
        for (DbfField f : fields) {
            byte[] b = new byte[f.length()];
            buf.get(base + f.offset(), b);
            m.put(f.name(), value(f, b, cs, r, issues));
        }
        return m;
    }

    private Object value(DbfField f, byte[] b, Charset cs, int r, List<QaIssue> issues) {
        switch (f.type()) {
            case 'N', 'F' -> {
                String s = new String(b, StandardCharsets.US_ASCII).strip();
                if (s.isEmpty() || s.chars().allMatch(ch -> ch == '*') || s.equals(".")) return null;
                try {
                    if (f.decimals() == 0 && !s.contains(".") && !s.contains("e") && !s.contains("E") && s.length() < 19) return Long.valueOf(s);
                    return Double.valueOf(s.replace(',', '.'));
                } catch (NumberFormatException e) {
                    issues.add(QaIssue.warning(IssueCode.INVALID_VALUE, "数值字段的值无法解析：" + s, "numeric value cannot be parsed: " + s)
                            .withFile(file).withFeature(r, null).withField(f.name()));
                    return null;
                }
            }
            case 'L' -> {
                return switch (b.length == 0 ? '?' : (char) b[0]) {
                    case 'T', 't', 'Y', 'y' -> Boolean.TRUE;
                    case 'F', 'f', 'N', 'n' -> Boolean.FALSE;
                    default -> null;
                };
            }
            case 'D' -> {
                String s = new String(b, StandardCharsets.US_ASCII).strip();
                if (s.isEmpty() || s.equals("00000000")) return null;
                try {
                    return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
                } catch (RuntimeException e) {
                    issues.add(QaIssue.warning(IssueCode.INVALID_VALUE, "日期字段的值无法解析：" + s, "date value cannot be parsed: " + s)
                            .withFile(file).withFeature(r, null).withField(f.name()));
                    return null;
                }
            }
            default -> {
                int n = trimmedLength(b);
                if (n == 0) return null;
                String s = new String(b, 0, n, cs).strip();
                return s.isEmpty() ? null : s;
            }
        }
    }
}
