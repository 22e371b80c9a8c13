package org.ecozoning.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zoning report evaluation --from Y1 --to Y2 --out FILE.html|FILE.pdf [--format html|pdf]}: the evaluation report over several years (评估报告). */
@Command(name = "evaluation", mixinStandardHelpOptions = true,
        description = {"多年评估报告（HTML 或 PDF）/ Evaluation report over several years (HTML or PDF)"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class ReportEvaluationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--from", required = true, paramLabel = "YEAR", description = "起始年 / First year")
    int from;

    @Option(names = "--to", required = true, paramLabel = "YEAR", description = "结束年 / Last year")
    int to;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() throws Exception {
        output.write(store, spec.commandLine().getOut(), from, to, false,
                " " + from + "–" + to + " 年评估报告", from + "–" + to + " evaluation report", (maker, m, pdf) -> pdf ? maker.evaluationPdf(from, to, m) : maker.evaluationHtml(from, to, m));
        return 0;
    }
}
