package org.ecozoning.ogc.processes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes written once and read any number of times, held in memory while small and moved to a
 * temporary file of its {@link SpoolArea} once they pass the area's threshold — so a 100 MB batch
 * body or input value never sits in the heap. Not thread-safe while writing; {@link #delete} removes
 * the file (idempotent).
 */
public final class Spool {
    private final SpoolArea area;
    private final String prefix;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private long size;
    private volatile boolean deleted;

    Spool(SpoolArea area, String prefix) {
        this.area = area;
        this.prefix = prefix;
    }

    /** A spool over bytes already in memory. */
    public static Spool of(byte[] bytes) {
        Spool s = new Spool(SpoolArea.DEFAULTS, "mem");
        s.memory.writeBytes(bytes);
        s.size = bytes.length;
        return s;
    }

    /** The stream to write the content to; close it when done. */
    public OutputStream output() {
        return new OutputStream() {
            private OutputStream fileOut;

            @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                if (fileOut == null && memory.size() + (long) len > area.memoryThreshold()) {
                    file = area.newFile("zoning-" + prefix + "-", ".spool");
                    fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                    memory.writeTo(fileOut);
                    memory = null;
                }
                if (fileOut != null) fileOut.write(b, off, len);
                else memory.write(b, off, len);
                size += len;
            }

            @Override public void close() throws IOException {
                if (fileOut != null) fileOut.close();
            }
        };
    }

    /** Bytes written. */
    public long size() { return size; }

    /** The temporary file, or null while the content is in memory. */
    public Path file() { return file; }

    /** A new stream over the content. */
    public InputStream open() throws IOException {
        if (deleted && file != null) throw new IOException("spool already deleted");
        if (file != null) return new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        return new ByteArrayInputStream(memory.toByteArray());
    }

    /** The content as UTF-8 text (only for small content: the whole text is in memory). */
    public String readString() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the temporary file, if any. */
    public void delete() {
        deleted = true;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
