package org.ecozoning.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zoning report tracking|evaluation}: the yearly tracking report and the evaluation report as HTML files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"生成跟踪评估报告 / Write tracking-evaluation reports"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n", commandListHeading = "%n子命令 / Commands:%n",
        subcommands = {ReportTrackingCommand.class, ReportEvaluationCommand.class})
public final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "缺少子命令 tracking 或 evaluation / Missing subcommand: tracking or evaluation");
    }
}
