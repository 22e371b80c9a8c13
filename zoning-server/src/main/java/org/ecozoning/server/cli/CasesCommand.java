package org.ecozoning.server.cli;

import java.util.Locale;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.tracking.supervision.CaseStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zoning cases list|move|export}: supervision cases (监管案件). Staff only. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = {"监管案件 / Supervision cases"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n", commandListHeading = "%n子命令 / Commands:%n",
        subcommands = {CasesListCommand.class, CasesMoveCommand.class, CasesExportCommand.class})
public final class CasesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "缺少子命令 list、move 或 export / Missing subcommand: list, move or export");
    }

    /** Parses a status as users write it: the code (any case, - or _) or the Chinese label. */
    static CaseStatus status(String text) {
        String t = text.trim();
        for (CaseStatus s : CaseStatus.values()) {
            if (s.labelZh().equals(t) || s.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return s;
            }
        }
        StringBuilder all = new StringBuilder();
        for (CaseStatus s : CaseStatus.values()) {
            all.append(all.isEmpty() ? "" : ", ").append(s.name()).append('（').append(s.labelZh()).append('）');
        }
        throw new UserFacingException("未知状态 " + text + "，应为 / Unknown status " + text + ", expected one of: " + all);
    }
}
