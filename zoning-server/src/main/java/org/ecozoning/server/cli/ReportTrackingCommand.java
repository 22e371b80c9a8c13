package org.ecozoning.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zoning report tracking --year Y --out FILE.html|FILE.pdf [--format html|pdf]}: the yearly tracking report (年度跟踪评估报告). */
@Command(name = "tracking", mixinStandardHelpOptions = true,
        description = {"年度跟踪评估报告（HTML 或 PDF）/ Yearly tracking report (HTML or PDF)"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class ReportTrackingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "报告年度 / Report year")
    int year;

    @Option(names = "--city", paramLabel = "CODE", description = "只统计该地市（6 位代码）站点的监测指标 / Monitoring of one city's stations only")
    String city;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() throws Exception {
        output.write(store, spec.commandLine().getOut(), year, year, true,
                " " + year + " 年度跟踪评估报告", year + " tracking report", (maker, m, pdf) -> pdf ? maker.trackingPdf(year, city, m) : maker.trackingHtml(year, city, m));
        return 0;
    }
}
