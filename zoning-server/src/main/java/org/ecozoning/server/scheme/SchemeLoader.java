package org.ecozoning.server.scheme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.SchemeLayers;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.scheme.County;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.StoredScheme;

/**
 * Turns a stored version into a {@link LoadedScheme}: rules from the version (else the workspace's
 * {@code rules/shanxi-rules.json}), counties from the workspace's {@code sample/counties.geojson}
 * (else {@code data/shanxi-counties.geojson}). Loads the county data once; thread-safe.
 */
public final class SchemeLoader {

    private final Path workspace;
    private final IndustryCatalog industries;
    private final Path countiesFile;
    private final List<County> counties;
    private final java.util.function.Function<Scheme, List<org.ecozoning.ogc.common.LayerInfo>> extraLayers;

    /**
     * @param workspace  the workspace directory
     * @param industries the industry classification
     */
    public SchemeLoader(Path workspace, IndustryCatalog industries) {
        this(workspace, industries, s -> List.of());
    }

    /**
     * @param workspace   the workspace directory
     * @param industries  the industry classification
     * @param extraLayers layers published after the scheme's own (e.g. supervision cases), per loaded scheme
     */
    public SchemeLoader(Path workspace, IndustryCatalog industries,
            java.util.function.Function<Scheme, List<org.ecozoning.ogc.common.LayerInfo>> extraLayers) {
        this.extraLayers = java.util.Objects.requireNonNull(extraLayers, "extraLayers");
        this.workspace = workspace;
        this.industries = industries;
        this.countiesFile = countiesFile(workspace);
        this.counties = SchemeFiles.readCounties(countiesFile);
    }

    /** @return the workspace directory */
    public Path workspace() {
        return workspace;
    }

    /** @return the industry classification the engines use */
    public IndustryCatalog industries() {
        return industries;
    }

    /**
     * @param workspace the workspace directory
     * @return the county boundaries file the scheme and the counties layer use
     */
    public static Path countiesFile(Path workspace) {
        Path sample = workspace.resolve("sample").resolve("counties.geojson");
        if (Files.isRegularFile(sample)) {
            return sample;
        }
        Path data = workspace.resolve("data").resolve("shanxi-counties.geojson");
        if (Files.isRegularFile(data)) {
            return data;
        }
        throw new UserFacingException("工作区缺少县界文件 / The workspace has no county boundaries: " + sample);
    }

    /**
     * @param store     the store
     * @param versionId the version to load
     * @return the version ready to serve
     */
    public LoadedScheme load(SchemeStore store, long versionId) {
        return load(store.scheme(versionId));
    }

    /**
     * @param stored a stored version with its content
     * @return the version ready to serve
     */
    public LoadedScheme load(StoredScheme stored) {
        RuleSet rules = rules(stored.rulesJson().orElse(null));
        Scheme scheme = Scheme.builder(stored.version().name(), rules)
                .units(stored.content().units())
                .zones(stored.content().zones())
                .clauses(stored.content().clauses())
                .counties(counties)
                .build();
        LayerCatalog catalog;
        try {
            catalog = SchemeLayers.build(stored.content().units(), stored.content().zones(), countiesFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<org.ecozoning.ogc.common.LayerInfo> extra = extraLayers.apply(scheme);
        if (!extra.isEmpty()) {
            List<org.ecozoning.ogc.common.LayerInfo> all = new java.util.ArrayList<>(catalog.layers());
            all.addAll(extra);
            catalog = new LayerCatalog(all);
        }
        return new LoadedScheme(stored.version(), scheme, new ComplianceEngine(scheme, industries), catalog);
    }

    private RuleSet rules(String json) {
        RuleSetLoader loader = new RuleSetLoader(industries);
        if (json != null && !json.isBlank()) {
            return loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        return loader.load(defaultRulesFile(workspace));
    }

    /**
     * @param workspace the workspace directory
     * @return {@code rules/shanxi-rules.json} of the workspace
     */
    public static Path defaultRulesFile(Path workspace) {
        return workspace.resolve("rules").resolve("shanxi-rules.json");
    }
}
