package org.ecozoning.ogc.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where large request bodies, input values and results go instead of the heap: a folder (under the
 * workspace in a server, the system temp folder by default) and the size below which data stays in
 * memory. Every {@link Spool} made here is deleted by whoever owns it (request, job, job store).
 *
 * @param dir             folder of the temporary files (created when missing); null = system temp folder
 * @param memoryThreshold bytes kept in memory before the data moves to a file
 */
public record SpoolArea(Path dir, long memoryThreshold) {
    /** The system temp folder, 1 MiB in memory. */
    public static final SpoolArea DEFAULTS = new SpoolArea(null, 1L << 20);

    public SpoolArea {
        if (memoryThreshold < 0) throw new IllegalArgumentException("memoryThreshold must not be negative");
    }

    /** A new, empty spool. */
    public Spool create(String prefix) { return new Spool(this, prefix); }

    /** Creates a temporary file in the area (for results written directly to disk). */
    public Path newFile(String prefix, String suffix) {
        try {
            if (dir == null) return Files.createTempFile(prefix, suffix);
            Files.createDirectories(dir);
            return Files.createTempFile(dir, prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a stream into a new spool, refusing more than {@code maxBytes}: the spool is deleted and
     * {@code tooLarge}'s exception thrown as soon as one byte more has been read.
     */
    public Spool read(InputStream in, String prefix, long maxBytes, Supplier<? extends RuntimeException> tooLarge) throws IOException {
        Spool s = create(prefix);
        try (var out = s.output()) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) throw tooLarge.get();
                out.write(buf, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            s.delete();
            throw e;
        }
        return s;
    }

    /**
     * Deletes this area's files ({@code zoning-*}) last modified more than {@code olderThan} ago:
     * leftovers of a server that stopped abruptly. Returns how many.
     */
    public int sweep(java.time.Duration olderThan) {
        if (dir == null || !Files.isDirectory(dir)) return 0;
        java.time.Instant cutoff = java.time.Instant.now().minus(olderThan);
        int n = 0;
        try (var files = Files.newDirectoryStream(dir, "zoning-*")) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff) && Files.deleteIfExists(f)) n++;
                } catch (IOException ignored) {
                    // another server may have deleted it
                }
            }
        } catch (IOException e) {
            return n;
        }
        return n;
    }
}
