package org.ecozoning.ogc.processes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One produced output: its identifier, format, and the bytes, held in memory (small outputs) or
 * in a temporary file (large batch results) so a 100,000-feature result never sits in the heap.
 */
public record OutputData(String id, Format format, byte[] bytes, Path file) {

    public static OutputData of(String id, Format format, byte[] bytes) { return new OutputData(id, format, bytes, null); }

    public static OutputData of(String id, Format format, String text) {
        return new OutputData(id, format, text.getBytes(StandardCharsets.UTF_8), null);
    }

    public static OutputData file(String id, Format format, Path file) { return new OutputData(id, format, null, file); }

    public void writeTo(OutputStream out) throws IOException {
        if (bytes != null) out.write(bytes);
        else Files.copy(file, out);
    }

    /** A new stream over the content. */
    public java.io.InputStream open() throws IOException {
        return bytes != null ? new java.io.ByteArrayInputStream(bytes) : new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024);
    }

    public long size() {
        try {
            return bytes != null ? bytes.length : Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content as text (UTF-8); for tests and small outputs. */
    public String text() {
        try {
            return bytes != null ? new String(bytes, StandardCharsets.UTF_8) : Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the temporary file, if any. */
    public void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the temp directory is cleaned by the OS
            }
        }
    }
}
