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
 * the full text elsewhere, see the access-list sidecar). Field names are at most 10 bytes.
 */
public final class DbfWriter {
    /** Widest text column dBASE III allows. */
    public static final int MAX_TEXT_BYTES = 254;

    private DbfWriter() { }

    /** A column: name (ASCII, ≤ 10 chars) and type 'C' (text) or 'N' (integer). */
    public record Column(String name, char type) {
        public Column {
            if (name.isEmpty() || name.length() > 10) {
                throw new IllegalArgumentException("dBASE field name must be 1-10 characters: " + name);
            }
            if (type != 'C' && type != 'N') throw new IllegalArgumentException("column type must be C or N");
        }
    }

    /** Writes {@code stem}.dbf and {@code stem}.cpg (saying UTF-8) into {@code dir}. */
    public static void write(Path dir, String stem, List<Column> columns, List<Map<String, Object>> rows) throws IOException {
        write(dir, stem, columns, rows, StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code stem}.dbf in {@code charset} and a .cpg naming it (for fixtures and for
     * clients that need GBK). Field names may then be non-ASCII, at most 10 bytes in the charset.
     */
    public static void write(Path dir, String stem, List<Column> columns, List<Map<String, Object>> rows, java.nio.charset.Charset charset) throws IOException {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            int w = 1;
            for (Map<String, Object> row : rows) {
                Object v = row.get(col.name());
                if (v == null) continue;
                w = Math.max(w, col.type() == 'N' ? String.valueOf(((Number) v).longValue()).length() : cut(v.toString(), charset).length);
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
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            byte[] name = fieldName(columns.get(c).name(), charset, used);
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
                            byte[] b = cut(v.toString(), charset);
                            System.arraycopy(b, 0, rec, off, Math.min(b.length, widths[c]));
                        }
                    }
                    off += widths[c];
                }
                out.write(rec);
            }
            out.write(0x1A);
        }
        Files.writeString(dir.resolve(stem + ".cpg"), charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name());
    }

    /**
     * The name as stored: cut to 10 bytes at a character boundary (as GDAL does for a long UTF-8
     * Chinese name), made unique with a numeric suffix when the cut collides with an earlier one.
     */
    static byte[] fieldName(String name, java.nio.charset.Charset cs, java.util.Set<String> used) {
        String n = name;
        while (n.getBytes(cs).length > 10) n = n.substring(0, n.length() - 1);
        String base = n;
        for (int k = 1; !used.add(n.toUpperCase(Locale.ROOT)); k++) {
            String suffix = "_" + k;
            String b = base;
            while ((b + suffix).getBytes(cs).length > 10) b = b.substring(0, b.length() - 1);
            n = b + suffix;
        }
        return n.getBytes(cs);
    }

    /** Bytes of {@code s} in {@code cs}, cut at a character boundary to at most 254 bytes. */
    static byte[] cut(String s, java.nio.charset.Charset cs) {
        byte[] b = s.getBytes(cs);
        if (b.length <= MAX_TEXT_BYTES) return b;
        // Drop characters from the end until the encoding fits: never splits a multi-byte character.
        int chars = s.length();
        while (b.length > MAX_TEXT_BYTES) {
            chars -= Math.max(1, (b.length - MAX_TEXT_BYTES) / 4);
            if (Character.isLowSurrogate(s.charAt(chars))) chars--;
            b = s.substring(0, chars).getBytes(cs);
        }
        return b;
    }
}
