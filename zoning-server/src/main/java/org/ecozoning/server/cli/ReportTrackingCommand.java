package org.ecozoning.server.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.server.tracking.ReportMaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zoning report tracking --year Y --out FILE.html}: the yearly tracking report (年度跟踪评估报告). */
@Command(name = "tracking", mixinStandardHelpOptions = true,
        description = {"年度跟踪评估报告（HTML）/ Yearly tracking report (HTML)"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class ReportTrackingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "报告年度 / Report year")
    int year;

    @Option(names = "--city", paramLabel = "CODE", description = "只统计该地市（6 位代码）站点的监测指标 / Monitoring of one city's stations only")
    String city;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "输出文件 / Output file")
    Path out;

    @Option(names = "--monitoring", paramLabel = "CSV", description = "监测数据 CSV，缺省用样例监测数据 / Monitoring CSV (default: sample data)")
    Path monitoring;

    @Override
    public Integer call() throws Exception {
        try (SchemeService s = store.openService()) {
            ReportMaker maker = new ReportMaker(store.workspace(), s.store(), s.loaded().scheme());
            ReportMaker.Monitoring m = maker.monitoring(monitoring, year, year);
            String html = maker.trackingHtml(year, city, m);
            Files.writeString(out, html, StandardCharsets.UTF_8);
            var w = spec.commandLine().getOut();
            if (m.imported() != null) {
                w.println(m.imported().summary());
            }
            w.println("已写出 " + year + " 年度跟踪评估报告 / Wrote the " + year + " tracking report: " + out.toAbsolutePath()
                    + (m.sample() ? "（样例监测数据 / sample monitoring data）" : ""));
            w.flush();
        }
        return 0;
    }
}
