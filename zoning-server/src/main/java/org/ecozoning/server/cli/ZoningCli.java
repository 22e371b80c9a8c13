package org.ecozoning.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.ZoningVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code zoning} command line (run by the {@code ./zoning} launcher). Each subcommand is one class;
 * to add one, write it (a picocli {@code @Command} implementing {@code Callable<Integer>}) and add it to
 * {@code subcommands} below — that is all.
 *
 * <p>Exit codes: 0 success, 1 failure (message printed, no stack trace), 2 invalid arguments.
 */
@Command(name = "zoning",
        mixinStandardHelpOptions = true,
        versionProvider = ZoningCli.Version.class,
        description = {"生态环境分区管控服务器 / ecozoning — ecological-environment zoning control server"},
        synopsisHeading = "用法 / Usage: ",
        descriptionHeading = "%n",
        optionListHeading = "%n选项 / Options:%n",
        commandListHeading = "%n子命令 / Commands:%n",
        subcommands = {
                ServeCommand.class,
                CheckCommand.class,
                VersionsCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                DiffCommand.class,
                FileCommand.class,
                PublishCommand.class,
                UsersCommand.class,
                SuggestCommand.class,
                RulesCommand.class,
                ReportCommand.class,
                MonitoringCommand.class,
                SuperviseCommand.class,
                CasesCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class ZoningCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * @return the configured command line (bilingual error handling); tests call {@code execute} on it
     */
    public static CommandLine commandLine() {
        return new CommandLine(new ZoningCli())
                .setExpandAtFiles(false) // @file belongs to options such as check --geometry @site.geojson
                .setParameterExceptionHandler(ZoningCli::invalidArguments)
                .setExecutionExceptionHandler(ZoningCli::failed);
    }

    /** Without a subcommand there is nothing to do: explain and show the usage. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "缺少子命令 / Missing subcommand");
    }

    private static int invalidArguments(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("参数错误 / Invalid arguments: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("查看用法 / For usage, run: " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int failed(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof UserFacingException || ex instanceof org.ecozoning.store.StoreException
                || ex instanceof org.ecozoning.io.ImportException) {
            err.println("错误 / Error: " + ex.getMessage());
        } else if (ex instanceof org.ecozoning.model.ZoningException z) {
            err.println("错误 / Error: " + z.messageZh() + " / " + z.messageEn());
        } else {
            err.println("错误 / Error: " + ex);
            if (System.getenv("ECOZONING_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("（设置 ECOZONING_DEBUG=1 可查看详细信息 / set ECOZONING_DEBUG=1 for details）");
            }
        }
        err.flush();
        return cmd.getCommandSpec().exitCodeOnExecutionException();
    }

    /** Supplies {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ecozoning " + ZoningVersion.get(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"};
        }
    }
}
