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

/** {@code zoning file ID}: files a draft (备案) with the authority and the filing date. */
@Command(name = "file", mixinStandardHelpOptions = true,
        description = {"草稿备案 / File a draft with an authority"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class FileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "草稿编号 / Draft id")
    String id;

    @Option(names = "--authority", required = true, paramLabel = "TEXT", description = "备案机关 / Filing authority")
    String authority;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "备案日期，默认今天 / Filing date (default today)")
    LocalDate date;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}", description = "操作人 / Who")
    String by;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "备案 / filing", description = "原因 / Why")
    String reason;

    @Override
    public Integer call() {
        try (SchemeStore s = store.open()) {
            long vid = VersionRef.resolve(s, id);
            SchemeVersion v = s.version(vid).orElseThrow();
            LocalDate d = date != null ? date : LocalDate.now(org.ecozoning.store.SchemeStores.PROVINCE_ZONE);
            v = s.file(vid, v.revision(), authority, d, Attribution.of(by, reason));
            spec.commandLine().getOut().println("版本 #" + v.id() + " 已备案 / filed: " + v.filedAuthority() + " " + v.filedDate());
        }
        return 0;
    }
}
