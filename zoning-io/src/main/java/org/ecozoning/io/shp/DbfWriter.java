package org.ecozoning.io.shp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a dBASE III table in UTF-8 (and the .cpg saying so). Text columns are as wide as their
 * longest value in bytes, at most 254; longer text is cut at a character boundary (the caller keeps
 * the full text elsewhere, see the access-list sidecar). Field names must be ASCII, at most 10
 * characters.
 */
public final class DbfWriter {
    /** Widest text column dBASE III allows. */
    public static final int MAX_TEXT_BYTES = 254;

    private DbfWriter() { }

    /** A column: name (ASCII, ≤ 10 chars) and type 'C' (text) or 'N' (integer). */
    public record Column(String name, char type) {
        public Column {
            if (name.isEmpty() || name.length() > 10 || !name.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("dBASE field name must be 1-10 ASCII characters: " + name);
            }
            if (type != 'C' && type != 'N') throw new IllegalArgumentException("column type must be C or N");
        }
    }

    /** Writes {@code stem}.dbf and {@code stem}.cpg into {@code dir}. */
    public static void write(Path dir, String stem, List<Column> columns, List<Map<String, Object>> rows) throws IOException {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            int w = 1;
            for (Map<String, Object> row : rows) {
                Object v = row.get(col.name());
                if (v == null) continue;
                w = Math.max(w, col.type() == 'N' ? String.valueOf(((Number) v).longValue()).length() : cut(v.toString()).length);
            }
            widths[c] = col.type() == 'N' ? Math.min(Math.max(w, 1), 18) : Math.min(w, MAX_TEXT_BYTES);
        }
        int headerLen = 32 + 32 * columns.size() + 1;
        int recordLen = 1;
        for (int w : widths) recordLen += w;
        ByteBuffer h = ByteBuffer.allocate(headerLen).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        h.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        h.putInt(rows.size()).putShort((short) headerLen).putShort((short) recordLen);
        h.position(32);
        for (int c = 0; c < columns.size(); c++) {
            byte[] name = columns.get(c).name().getBytes(StandardCharsets.US_ASCII);
            byte[] desc = new byte[32];
            System.arraycopy(name, 0, desc, 0, name.length);
            desc[11] = (byte) columns.get(c).type();
            desc[16] = (byte) widths[c];
            desc[17] = 0;
            h.put(desc);
        }
        h.put((byte) 0x0D);
        try (OutputStream out = Files.newOutputStream(dir.resolve(stem + ".dbf"))) {
            out.write(h.array());
            byte[] rec = new byte[recordLen];
            for (Map<String, Object> row : rows) {
                java.util.Arrays.fill(rec, (byte) ' ');
                int off = 1;
                for (int c = 0; c < columns.size(); c++) {
                    Object v = row.get(columns.get(c).name());
                    if (v != null) {
                        if (columns.get(c).type() == 'N') {
                            byte[] b = String.format(Locale.ROOT, "%" + widths[c] + "d", ((Number) v).longValue()).getBytes(StandardCharsets.US_ASCII);
                            System.arraycopy(b, 0, rec, off, Math.min(b.length, widths[c]));
                        } else {
                            byte[] b = cut(v.toString());
                            System.arraycopy(b, 0, rec, off, Math.min(b.length, widths[c]));
                        }
                    }
                    off += widths[c];
                }
                out.write(rec);
            }
            out.write(0x1A);
        }
        Files.writeString(dir.resolve(stem + ".cpg"), "UTF-8");
    }

    /** UTF-8 bytes of {@code s}, cut at a character boundary to at most 254 bytes. */
    static byte[] cut(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= MAX_TEXT_BYTES) return b;
        int n = MAX_TEXT_BYTES;
        while (n > 0 && (b[n] & 0xC0) == 0x80) n--; // do not split a multi-byte character
        return java.util.Arrays.copyOf(b, n);
    }
}
