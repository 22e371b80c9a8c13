package org.ecozoning.io.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.ecozoning.io.ImportException;

/**
 * Extracts an uploaded zip into a fresh directory without trusting it: entry names that would land
 * outside the directory (zip slip: "..", absolute paths, drive letters) are refused, and the number
 * of entries and the bytes actually written (not the sizes the zip declares) are capped, so a zip
 * bomb stops at the limit. A truncated or corrupt zip is reported as such.
 */
public final class SafeZip {
    /** Default cap on the bytes extracted from one zip (2 GiB). */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;
    /** Default cap on the number of entries of one zip. */
    public static final int DEFAULT_MAX_ENTRIES = 2000;

    private final long maxBytes;
    private final int maxEntries;

    public SafeZip(long maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    public SafeZip() { this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES); }

    /**
     * Extracts {@code zip} into {@code target} (created if needed) and returns {@code target}. Entry
     * names are read as UTF-8, and as GBK when they are not UTF-8 (zips made on Chinese Windows).
     */
    public Path extract(Path zip, Path target) throws IOException {
        try {
            return extract(zip, target, java.nio.charset.StandardCharsets.UTF_8);
        } catch (NameEncodingException e) {
            return extract(zip, target, java.nio.charset.Charset.forName("GBK"));
        }
    }

    private static final class NameEncodingException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private Path extract(Path zip, Path target, java.nio.charset.Charset names) throws IOException {
        String file = zip.getFileName().toString();
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw, names)) {
            ZipEntry e;
            while ((e = nextEntry(in, file, names)) != null) {
                if (++entries > maxEntries) {
                    throw ImportException.malformed(file, "压缩包条目过多（超过 " + maxEntries + " 个）",
                            "zip has too many entries (more than " + maxEntries + ")");
                }
                String name = e.getName().replace('\\', '/');
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.contains("\0")) {
                    throw unsafe(file, name);
                }
                Path out = root.resolve(name).normalize();
                if (!out.startsWith(root)) throw unsafe(file, name);
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                if (name.startsWith("__MACOSX/") || out.getFileName().toString().startsWith("._")) continue;
                Files.createDirectories(out.getParent());
                try (OutputStream os = Files.newOutputStream(out)) {
                    int n;
                    while ((n = read(in, buf, file, name)) > 0) {
                        total += n;
                        if (total > maxBytes) {
                            throw ImportException.malformed(file, "压缩包解压后超过大小上限 " + maxBytes + " 字节",
                                    "zip expands beyond the size limit of " + maxBytes + " bytes");
                        }
                        os.write(buf, 0, n);
                    }
                }
            }
        }
        if (entries == 0) {
            throw ImportException.malformed(file, "不是有效的 zip 压缩包，或压缩包为空", "not a zip archive, or an empty one");
        }
        return target;
    }

    private static ZipEntry nextEntry(ZipInputStream in, String file, java.nio.charset.Charset names) throws IOException {
        try {
            return in.getNextEntry();
        } catch (ZipException | java.io.EOFException ex) {
            throw ImportException.malformed(file, "zip 压缩包损坏或不完整（上传中断？）：" + ex.getMessage(),
                    "corrupt or incomplete zip (interrupted upload?): " + ex.getMessage());
        } catch (IllegalArgumentException ex) {
            if (names.equals(java.nio.charset.StandardCharsets.UTF_8)) throw new NameEncodingException();
            throw ImportException.malformed(file, "zip 条目名称编码无法识别", "zip entry name encoding not readable: " + ex.getMessage());
        }
    }

    private static int read(ZipInputStream in, byte[] buf, String file, String entry) throws IOException {
        try {
            return in.read(buf);
        } catch (ZipException | java.io.EOFException ex) {
            throw ImportException.malformed(file, "zip 条目 " + entry + " 损坏或被截断：" + ex.getMessage(),
                    "zip entry " + entry + " is corrupt or truncated: " + ex.getMessage());
        }
    }

    private static ImportException unsafe(String file, String name) {
        return ImportException.malformed(file, "zip 条目路径不安全，已拒绝：" + name,
                "unsafe entry path in zip refused: " + name);
    }
}
