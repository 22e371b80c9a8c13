package org.ecozoning.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zoning monitoring import}: monitoring data (监测数据) commands. */
@Command(name = "monitoring", mixinStandardHelpOptions = true,
        description = {"监测数据 / Monitoring data"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n", commandListHeading = "%n子命令 / Commands:%n",
        subcommands = {MonitoringImportCommand.class})
public final class MonitoringCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "缺少子命令 import / Missing subcommand: import");
    }
}
