package org.ecozoning.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.tracking.supervision.CaseStatus;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.SupervisionCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zoning cases move ID --to STATUS --note TEXT}: moves a case on (audited; only allowed transitions). */
@Command(name = "move", mixinStandardHelpOptions = true, description = {"变更案件状态 / Move a case to another status"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class CasesMoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "案件编号 / Case id")
    long id;

    @Option(names = "--to", required = true, paramLabel = "STATUS", description = "新状态 / New status")
    String to;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "办理说明 / Note")
    String note;

    @Option(names = "--revision", paramLabel = "N", description = "预期修订号（防止覆盖他人修改），缺省为当前 / Expected revision (default: the current one)")
    Long revision;

    @Option(names = "--by", paramLabel = "USER", description = "操作人，默认为系统用户名 / Acting user (default: the system user)")
    String by;

    @Override
    public Integer call() {
        CaseStatus target = CasesCommand.status(to);
        if (note.isBlank()) {
            throw new UserFacingException("须填写办理说明 / --note must not be empty");
        }
        SupervisionCase moved;
        try (SchemeStore s = store.open()) {
            CaseStore cases = new CaseStore(s);
            SupervisionCase c = cases.find(id).orElseThrow(() -> new UserFacingException("案件 " + id + " 不存在 / No case " + id));
            if (!c.status().canMoveTo(target)) {
                throw new UserFacingException("案件 #" + id + " 不能从“" + c.status().labelZh() + "”转为“" + target.labelZh() + "” / Case #" + id
                        + " cannot move from " + c.status() + " to " + target + "（可转为 / allowed: " + c.status().next() + "）");
            }
            try {
                moved = cases.move(id, revision != null ? revision : c.revision(), target, note, List.of(),
                        SuperviseCommand.attribution(by, note));
            } catch (org.ecozoning.store.ConflictException e) {
                throw new UserFacingException("案件已被他人修改，请重新查看 / The case was changed meanwhile: " + e.getMessage());
            }
        }
        var out = spec.commandLine().getOut();
        out.println("案件 #" + moved.id() + " 已转为 " + moved.status().labelZh() + " / case #" + moved.id() + " is now " + moved.status()
                + "（修订 / revision " + moved.revision() + "）");
        out.flush();
        return 0;
    }
}
