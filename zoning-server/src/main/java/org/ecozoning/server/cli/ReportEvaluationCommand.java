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

/** {@code zoning report evaluation --from Y1 --to Y2 --out FILE.html}: the evaluation report over several years (评估报告). */
@Command(name = "evaluation", mixinStandardHelpOptions = true,
        description = {"多年评估报告（HTML）/ Evaluation report over several years (HTML)"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class ReportEvaluationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--from", required = true, paramLabel = "YEAR", description = "起始年 / First year")
    int from;

    @Option(names = "--to", required = true, paramLabel = "YEAR", description = "结束年 / Last year")
    int to;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "输出文件 / Output file")
    Path out;

    @Option(names = "--monitoring", paramLabel = "CSV", description = "监测数据 CSV，缺省用样例监测数据 / Monitoring CSV (default: sample data)")
    Path monitoring;

    @Override
    public Integer call() throws Exception {
        try (SchemeService s = store.openService()) {
            ReportMaker maker = new ReportMaker(store.workspace(), s.store(), s.loaded().scheme());
            ReportMaker.Monitoring m = maker.monitoring(monitoring, from, to);
            String html = maker.evaluationHtml(from, to, m);
            Files.writeString(out, html, StandardCharsets.UTF_8);
            var w = spec.commandLine().getOut();
            w.println("已写出 " + from + "–" + to + " 年评估报告 / Wrote the " + from + "–" + to + " evaluation report: " + out.toAbsolutePath()
                    + (m.sample() ? "（样例监测数据 / sample monitoring data）" : ""));
            w.flush();
        }
        return 0;
    }
}
