package org.ecozoning.tracking;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;

/** The shipped sample scheme (workspace/sample), loaded once per test JVM. */
public final class SampleScheme {
    private static Scheme scheme;

    private SampleScheme() { }

    public static Path workspace() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("workspace/sample"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("workspace/sample not found");
        return p.resolve("workspace");
    }

    public static synchronized Scheme get() {
        if (scheme == null) scheme = SchemeFiles.load(workspace().resolve("sample"));
        return scheme;
    }
}
