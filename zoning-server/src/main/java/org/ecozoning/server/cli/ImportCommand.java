package org.ecozoning.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ecozoning.io.ImportResult;
import org.ecozoning.io.SchemeImporter;
import org.ecozoning.io.mapping.FieldMapping;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.scheme.SchemeLoader;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.QaWarning;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zoning import}: reads a scheme file (GeoJSON, Shapefile, GeoPackage, KML), runs the QA
 * checks and stores the content as a new draft. Errors stop the import (nothing is written);
 * warnings are kept with the draft. The draft id goes to stdout, progress and the QA report to stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"导入方案数据为新草稿，标准输出打印草稿编号 / Import scheme data as a new draft; prints the draft id"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "GeoJSON、Shapefile（zip/目录/.shp）、GeoPackage 或 KML/KMZ / the file to import")
    Path file;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "版本名称，如 2025年动态更新 / Version name")
    String name;

    @Option(names = "--kind", paramLabel = "periodic|dynamic", defaultValue = "periodic",
            description = "版本类型：periodic 定期调整、dynamic 动态更新，默认 ${DEFAULT-VALUE} / Version kind")
    String kind;

    @Option(names = "--mapping", paramLabel = "national|chinese|native|PATH",
            description = "字段映射，默认按字段名自动识别 / Field mapping (default: detected from the field names)")
    String mapping;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "规则文件，默认沿用现行版本的规则，否则为工作区的 rules/shanxi-rules.json / Rules file (default: those of the version in force)")
    Path rules;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}", description = "操作人 / Who imports")
    String by;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "导入 / import", description = "原因 / Why")
    String reason;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(file)) {
            throw new UserFacingException("文件不存在 / File not found: " + file);
        }
        VersionKind k = switch (kind.toLowerCase(Locale.ROOT)) {
            case "periodic", "定期调整" -> VersionKind.PERIODIC;
            case "dynamic", "动态更新" -> VersionKind.DYNAMIC;
            default -> throw new UserFacingException("未知的版本类型 " + kind + "，应为 periodic 或 dynamic / Unknown kind " + kind
                    + ", expected periodic or dynamic");
        };
        Path ws = store.workspace();
        SchemeImporter importer = SchemeImporter.forWorkspace(ws);
        FieldMapping m = mapping(importer, mapping);
        ImportResult r = importer.read(file, m, (phase, done, total) -> {
            if (total > 0 ? done == total || done % Math.max(1, total / 4) == 0 : done % 500 == 0) {
                err.println("  " + phase + " " + done + (total > 0 ? "/" + total : ""));
                err.flush();
            }
        });
        err.println(r.qa().toText());
        err.flush();
        if (!r.ok()) {
            throw new UserFacingException("数据检查发现 " + r.qa().errors().size() + " 个错误，未导入 / QA found "
                    + r.qa().errors().size() + " error(s); nothing was imported");
        }
        List<QaWarning> warnings = r.qa().warnings().stream().map(QaWarning::from).toList();
        Attribution who = Attribution.of(by, reason);
        try (SchemeStore s = store.open()) {
            String rulesJson = rulesJson(s, ws);
            SchemeVersion v = s.createDraft(name, k, "导入自 / imported from " + file.getFileName(), null, who);
            v = s.replaceContent(v.id(), v.revision(), r.content(), warnings, who);
            if (rulesJson != null) {
                v = s.putRules(v.id(), v.revision(), rulesJson, who);
            }
            err.println("已导入 / imported: " + r.content().units().size() + " 单元/units, " + r.content().zones().size()
                    + " 分区/zones, " + r.content().clauses().size() + " 条款/clauses, " + warnings.size() + " 警告/warnings → 草稿/draft #" + v.id());
            err.flush();
            spec.commandLine().getOut().println(v.id());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private String rulesJson(SchemeStore s, Path ws) throws IOException {
        if (rules != null) {
            return Files.readString(rules, StandardCharsets.UTF_8);
        }
        var fromPublished = s.published().flatMap(v -> s.rules(v.id()));
        if (fromPublished.isPresent()) {
            return fromPublished.get();
        }
        Path f = SchemeLoader.defaultRulesFile(ws);
        return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
    }

    private static FieldMapping mapping(SchemeImporter importer, String name) throws IOException {
        if (name == null || name.isBlank()) {
            return null;
        }
        Path p = Path.of(name);
        if (name.endsWith(".json") && Files.isRegularFile(p)) {
            return FieldMapping.load(p);
        }
        try {
            return importer.mappings().get(name);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
