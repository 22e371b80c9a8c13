package org.ecozoning.conformance;

import java.util.List;
import java.util.Locale;
import java.nio.file.Path;

/**
 * The OGC executable test suites the harness knows, with what differs between them: jar, main class,
 * name of the test-run property holding the URL, and how the output folder is passed.
 */
public enum Suite {
    /** WFS 2.0 (ISO 19142), ets-wfs20 1.25: {@code -o OUTDIR props.xml}. */
    WFS20("wfs20", "WFS 2.0", "ets-wfs20-aio.jar", "org.opengis.cite.iso19142.TestNGController", "wfs", true),
    /** GML 3.2 (ISO 19136), ets-gml32 1.33: {@code props.xml}; results under {@code user.home}. */
    GML32("gml32", "GML 3.2", "ets-gml32-aio.jar", "org.opengis.cite.iso19136.TestNGController", "gml", false);

    private final String id;
    private final String title;
    private final String jarName;
    private final String mainClass;
    private final String urlProperty;
    private final boolean outputArgument;

    Suite(String id, String title, String jarName, String mainClass, String urlProperty, boolean outputArgument) {
        this.id = id;
        this.title = title;
        this.jarName = jarName;
        this.mainClass = mainClass;
        this.urlProperty = urlProperty;
        this.outputArgument = outputArgument;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String jarName() {
        return jarName;
    }

    public String mainClass() {
        return mainClass;
    }

    /** The key in props.xml that carries the URL under test. */
    public String urlProperty() {
        return urlProperty;
    }

    /** Arguments after the main class. */
    public List<String> arguments(Path outDir, Path propsFile) {
        return outputArgument
                ? List.of("-o", outDir.toString(), propsFile.toString())
                : List.of(propsFile.toString());
    }

    /** Looks a suite up by id ({@code wfs20}, {@code gml32}). */
    public static Suite byId(String id) {
        for (Suite s : values()) {
            if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("未知测试套件 / unknown suite: " + id + " (wfs20, gml32)");
    }
}
