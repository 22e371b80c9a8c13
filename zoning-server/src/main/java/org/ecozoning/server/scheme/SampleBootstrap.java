package org.ecozoning.server.scheme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.scheme.SchemeFiles;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives an empty store something to serve: when no version was ever published, imports the
 * workspace's sample scheme ({@code sample/units.geojson}, {@code zones.geojson},
 * {@code access-lists.json}, rules from {@code rules/shanxi-rules.json}) as a periodic draft, files
 * and publishes it, all audited as {@code system}.
 */
public final class SampleBootstrap {

    /** Name of the bootstrapped version. */
    public static final String VERSION_NAME = "2024年版（样例）";
    /** Filing authority of the bootstrapped version. */
    public static final String AUTHORITY = "山西省生态环境厅（样例）";
    /** Effective date of the bootstrapped version. */
    public static final LocalDate EFFECTIVE = LocalDate.of(2024, 1, 1);

    private static final Logger LOG = LoggerFactory.getLogger(SampleBootstrap.class);

    private SampleBootstrap() {
    }

    /**
     * @param store     the store
     * @param workspace the workspace directory
     * @return the version bootstrapped, or empty when the store already had a published version
     */
    public static synchronized Optional<SchemeVersion> ensurePublished(SchemeStore store, Path workspace) {
        if (store.published().isPresent()) {
            return Optional.empty();
        }
        Path sample = workspace.resolve("sample");
        if (!Files.isRegularFile(sample.resolve("units.geojson"))) {
            throw new UserFacingException("数据库中没有已发布的方案，工作区也没有样例方案 / The store has no published version and"
                    + " the workspace has no sample scheme: " + sample.resolve("units.geojson"));
        }
        long t0 = System.nanoTime();
        SchemeContent content = new SchemeContent(
                SchemeFiles.readUnits(sample.resolve("units.geojson")),
                optional(sample.resolve("zones.geojson")) ? SchemeFiles.readZones(sample.resolve("zones.geojson")) : List.of(),
                optional(sample.resolve("access-lists.json")) ? SchemeFiles.readClauses(sample.resolve("access-lists.json")) : List.of());
        Attribution by = Attribution.of("system", "导入样例方案 / bootstrap from the workspace sample");
        SchemeVersion v = store.createDraft(VERSION_NAME, VersionKind.PERIODIC, "由工作区样例自动导入 / imported from workspace/sample",
                null, by);
        v = store.replaceContent(v.id(), v.revision(), content, List.of(), by);
        Path rules = SchemeLoader.defaultRulesFile(workspace);
        if (Files.isRegularFile(rules)) {
            try {
                v = store.putRules(v.id(), v.revision(), Files.readString(rules, StandardCharsets.UTF_8), by);
            } catch (IOException e) {
                throw new UserFacingException("无法读取规则文件 / Cannot read the rules file " + rules + ": " + e.getMessage(), e);
            }
        }
        v = store.file(v.id(), v.revision(), AUTHORITY, EFFECTIVE, by);
        v = store.publish(v.id(), v.revision(), EFFECTIVE, by);
        LOG.info("已导入并发布样例方案 / sample scheme imported and published: #{} {} ({} 单元/units, {} 分区/zones, {} 条款/clauses) in {} ms",
                v.id(), v.name(), content.units().size(), content.zones().size(), content.clauses().size(),
                (System.nanoTime() - t0) / 1_000_000);
        return Optional.of(v);
    }

    private static boolean optional(Path file) {
        return Files.isRegularFile(file);
    }
}
