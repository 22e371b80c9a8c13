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
import org.ecozoning.tracking.monitoring.Rejection;
import org.ecozoning.tracking.monitoring.SampleMonitoringGenerator;
import org.ecozoning.tracking.monitoring.StationLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zoning monitoring import CSV}: checks a monitoring CSV against the scheme in force
 * (stations located in counties and units, dates, indicators, units) and prints every rejected
 * row. The readings are not stored: give them to {@code zoning report --monitoring}, or write the
 * accepted, unit-converted rows with {@code --accepted}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"检查并导入监测数据 CSV，列出拒绝的行 / Check and import a monitoring CSV, listing rejected rows"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class MonitoringImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "CSV", description = "监测数据文件（UTF-8 或 GBK）/ Monitoring file (UTF-8 or GBK)")
    Path csv;

    @Option(names = "--all-or-nothing", description = "有任何错误行则不导入 / Import nothing when any row is bad")
    boolean allOrNothing;

    @Option(names = "--accepted", paramLabel = "FILE.csv", description = "写出通过检查的数据（标准单位）/ Write the accepted readings (canonical units)")
    Path accepted;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(csv)) {
            throw new UserFacingException("监测数据文件不存在 / Monitoring file not found: " + csv);
        }
        MonitoringImport imp;
        try (SchemeService s = store.openService()) {
            imp = new MonitoringCsvImporter(new StationLocator(s.loaded().scheme()), LocalDate.now())
                    .importFile(csv, allOrNothing ? ImportMode.ALL_OR_NOTHING : ImportMode.PARTIAL);
        }
        PrintWriter out = spec.commandLine().getOut();
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
}
