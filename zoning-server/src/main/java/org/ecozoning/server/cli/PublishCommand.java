package org.ecozoning.server.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zoning publish ID}: puts a filed version in force from an effective date, superseding the
 * current one. Running servers over the same store switch to it within a few seconds.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"发布已备案的版本 / Publish a filed version"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "版本编号 / Version id")
    String id;

    @Option(names = "--effective", required = true, paramLabel = "YYYY-MM-DD", description = "生效日期 / Effective date")
    LocalDate effective;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}", description = "操作人 / Who")
    String by;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "发布 / publication", description = "原因 / Why")
    String reason;

    @Override
    public Integer call() {
        try (SchemeStore s = store.open()) {
            long vid = VersionRef.resolve(s, id);
            SchemeVersion v = s.version(vid).orElseThrow();
            v = s.publish(vid, v.revision(), effective, Attribution.of(by, reason));
            spec.commandLine().getOut().println("版本 #" + v.id() + " 已发布，" + v.effectiveDate() + " 起生效 / published, in force from "
                    + v.effectiveDate());
        }
        return 0;
    }
}
