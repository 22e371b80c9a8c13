package org.ecozoning.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.tracking.monitoring.ImportMode;
import org.ecozoning.tracking.monitoring.MonitoringCsvImporter;
import org.ecozoning.tracking.monitoring.MonitoringImport;
import org.ecozoning.tracking.monitoring.MonitoringStore;
import org.ecozoning.tracking.monitoring.Rejection;
import org.ecozoning.tracking.monitoring.SampleMonitoringGenerator;
import org.ecozoning.tracking.monitoring.StationLocator;
import org.ecozoning.tracking.monitoring.TargetSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zoning monitoring import CSV}: checks a monitoring CSV against the scheme in force
 * (stations located in counties and units, dates, indicators, units) and against the readings
 * already stored (duplicates, moved stations), stores the accepted readings with their source file
 * and import time (all of them, the good ones, or with {@code --all-or-nothing} none when any row
 * is bad), stores the targets (the workspace's {@code tracking/targets.json} or {@code --targets}),
 * and prints every rejected row. {@code --dry-run} only checks; {@code --accepted} also writes the
 * accepted, unit-converted rows.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"检查并导入监测数据 CSV 入库，列出拒绝的行 / Check a monitoring CSV, store it, list rejected rows"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class MonitoringImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "CSV", description = "监测数据文件（UTF-8 或 GBK）/ Monitoring file (UTF-8 or GBK)")
    Path csv;

    @Option(names = "--all-or-nothing", description = "有任何错误行则不导入 / Import nothing when any row is bad")
    boolean allOrNothing;

    @Option(names = "--dry-run", description = "只检查，不入库 / Check only, store nothing")
    boolean dryRun;

    @Option(names = "--targets", paramLabel = "FILE.json",
            description = "目标文件（ecozoning-targets/1），缺省为工作区 tracking/targets.json / Targets file (default: the workspace's tracking/targets.json)")
    Path targets;

    @Option(names = "--by", paramLabel = "USER", description = "操作人，默认为系统用户名 / Acting user (default: the system user)")
    String by;

    @Option(names = "--accepted", paramLabel = "FILE.csv", description = "写出通过检查的数据（标准单位）/ Write the accepted readings (canonical units)")
    Path accepted;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(csv)) {
            throw new UserFacingException("监测数据文件不存在 / Monitoring file not found: " + csv);
        }
        ImportMode mode = allOrNothing ? ImportMode.ALL_OR_NOTHING : ImportMode.PARTIAL;
        PrintWriter out = spec.commandLine().getOut();
        MonitoringImport imp;
        try (SchemeService s = store.openService()) {
            MonitoringImport checked = new MonitoringCsvImporter(new StationLocator(s.loaded().scheme()), LocalDate.now())
                    .importFile(csv, dryRun ? mode : ImportMode.PARTIAL);
            if (dryRun) {
                imp = checked;
            } else {
                TargetSet t = targetSet(store.workspace()); // read first: a bad targets file stores nothing
                MonitoringStore monitoring = new MonitoringStore(s.store());
                MonitoringStore.Saved saved = monitoring.save(checked, mode, csv.getFileName().toString(),
                        SuperviseCommand.attribution(by, "monitoring import " + csv.getFileName()));
                imp = saved.result();
                if (t != null && saved.stored()) {
                    monitoring.replaceTargets(t);
                    out.println("已存入目标 " + t.targets().size() + " 条 / Stored " + t.targets().size() + " targets");
                }
                if (saved.stored()) {
                    out.println("入库批次 #" + saved.record().id() + "（" + saved.record().sourceFile() + "）/ Stored as import #" + saved.record().id());
                }
            }
        }
        out.println(imp.summary());
        if (!imp.rejections().isEmpty()) {
            out.println("拒绝的行 / Rejected rows:");
            for (Rejection r : imp.rejections()) {
                out.println("  " + r.describe());
            }
        }
        if (accepted != null && imp.imported()) {
            SampleMonitoringGenerator.write(imp.readings(), accepted, StandardCharsets.UTF_8);
            out.println("已写出 " + imp.readings().size() + " 条 / Wrote " + imp.readings().size() + " readings: " + accepted.toAbsolutePath());
        }
        out.flush();
        return imp.imported() ? 0 : 1;
    }

    private TargetSet targetSet(Path workspace) {
        Path f = targets != null ? targets : workspace.resolve("tracking").resolve("targets.json");
        if (!Files.isRegularFile(f)) {
            if (targets != null) {
                throw new UserFacingException("目标文件不存在 / Targets file not found: " + targets);
            }
            return null;
        }
        try {
            return TargetSet.load(f);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
    }
}
