package org.ecozoning.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.scheme.SchemeFiles;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.scheme.SampleBootstrap;
import org.ecozoning.server.scheme.SchemeLoader;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.tracking.monitoring.ImportMode;
import org.ecozoning.tracking.monitoring.Rejection;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.SupervisionOptions;
import org.ecozoning.tracking.supervision.SupervisionResult;
import org.ecozoning.tracking.supervision.Supervisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zoning supervise FILE}: checks detected change polygons (遥感变化图斑) against the version
 * in force on each detection date and opens a supervision case for each unexplained one that
 * breaks a rule or touches a priority protection unit; prints the counts and the rejections.
 */
@Command(name = "supervise", mixinStandardHelpOptions = true,
        description = {"核查变化图斑并立案 / Check detected changes and open supervision cases"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class SuperviseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "变化图斑：GeoJSON、Shapefile（.zip/.shp）或 GeoPackage / Changes: GeoJSON, Shapefile (.zip/.shp) or GeoPackage")
    Path file;

    @Option(names = "--all-or-nothing", description = "有任何错误图斑则不核查 / Check nothing when any change is bad")
    boolean allOrNothing;

    @Option(names = "--by", paramLabel = "USER", description = "操作人，默认为系统用户名 / Acting user (default: the system user)")
    String by;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("变化图斑文件不存在 / Changes file not found: " + file);
        }
        Path ws = store.workspace();
        SupervisionResult r;
        try (SchemeStore s = store.open()) {
            SampleBootstrap.ensurePublished(s, ws);
            SupervisionOptions options = SupervisionOptions.defaults()
                    .withCounties(SchemeFiles.readCounties(SchemeLoader.countiesFile(ws)));
            Path rules = SchemeLoader.defaultRulesFile(ws);
            if (Files.isRegularFile(rules)) {
                options = options.withFallbackRules(new RuleSetLoader(IndustryCatalog.gbt4754()).load(rules));
            }
            r = new Supervisor(s, new CaseStore(s), IndustryCatalog.gbt4754(), options)
                    .run(file, allOrNothing ? ImportMode.ALL_OR_NOTHING : ImportMode.PARTIAL, attribution(by, "supervise " + file.getFileName()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.summary());
        out.println("新立案 / cases opened: " + r.casesOpened());
        out.println("方案之外 / outside the scheme: " + r.outside());
        if (r.rejected() > 0) {
            out.println("拒绝 / rejected: " + r.rejected());
            for (Map.Entry<String, Long> e : r.rejectionsByCode().entrySet()) {
                out.println("  " + e.getKey() + ": " + e.getValue());
            }
            for (Rejection x : r.rejections()) {
                out.println("  " + x.describe());
            }
        }
        out.flush();
        return r.imported() ? 0 : 1;
    }

    /** The acting user: {@code --by}, else the system user name. */
    static Attribution attribution(String by, String why) {
        String who = by != null && !by.isBlank() ? by : System.getProperty("user.name", "cli");
        try {
            return Attribution.of(who, why);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
    }
}
