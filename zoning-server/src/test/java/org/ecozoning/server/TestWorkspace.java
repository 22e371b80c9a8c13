package org.ecozoning.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * A copy of what a server needs from the repository's workspace (sample scheme, rules, mappings,
 * county data, service metadata) in a temporary folder, plus a private in-memory store URL.
 */
public final class TestWorkspace {

    /** The repository's workspace (tests run in the module folder). */
    public static final Path REPO = Path.of("..", "workspace").toAbsolutePath().normalize();

    private static final List<String> FILES = List.of(
            "services.json",
            "sample/units.geojson", "sample/zones.geojson", "sample/access-lists.json", "sample/counties.geojson",
            "rules/shanxi-rules.json",
            "mappings/national.json", "mappings/chinese.json", "mappings/native.json",
            "data/shanxi-counties.geojson", "data/gbt4754-2017-industries.csv");

    private TestWorkspace() {
    }

    /**
     * @param dir an empty folder
     * @return {@code dir}, now holding the copy
     */
    public static Path copyInto(Path dir) {
        try {
            for (String f : FILES) {
                Path from = REPO.resolve(f);
                Path to = dir.resolve(f);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
            // the SLD styles the report renderer loads (styles/ beside the workspace, else inside it)
            Path styles = Files.createDirectories(dir.resolve("styles"));
            try (var sld = Files.list(REPO.resolveSibling("styles"))) {
                for (Path f : sld.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, styles.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** @return a fresh private in-memory store URL (kept while the JVM runs) */
    public static String memoryStore() {
        return "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }
}
