package org.ecozoning.server.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.tracking.supervision.CaseExport;
import org.ecozoning.tracking.supervision.CaseQuery;
import org.ecozoning.tracking.supervision.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zoning cases export --format geojson|csv --out PATH}: all cases (or of one status) as GeoJSON or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {"导出监管案件 / Export supervision cases"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class CasesExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "geojson|csv", description = "格式 / Format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "输出文件 / Output file")
    Path out;

    @Option(names = "--status", paramLabel = "S", description = "只导出该状态 / Only this status")
    String status;

    @Override
    public Integer call() throws Exception {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("geojson") && !f.equals("csv")) {
            throw new UserFacingException("不支持的格式 " + format + "，应为 geojson 或 csv / Unsupported format " + format + ", expected geojson or csv");
        }
        CaseQuery q = CaseQuery.all().page(10_000, 0).status(status == null ? null : CasesCommand.status(status));
        long n;
        try (SchemeStore s = store.open(); OutputStream os = Files.newOutputStream(out)) {
            CaseStore cases = new CaseStore(s);
            if (f.equals("geojson")) {
                CaseExport.geoJson(cases, q, os);
            } else {
                CaseExport.csv(cases, q, os);
            }
            n = cases.list(q).size();
        }
        var w = spec.commandLine().getOut();
        w.println("已导出 " + n + " 件案件 / Exported " + n + " cases: " + out.toAbsolutePath());
        w.flush();
        return 0;
    }
}
