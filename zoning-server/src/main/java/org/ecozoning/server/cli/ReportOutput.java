package org.ecozoning.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.server.tracking.ReportMaker;
import picocli.CommandLine.Option;

/**
 * The options and the writing shared by {@code zoning report tracking} and {@code zoning report
 * evaluation}: where the HTML goes, which monitoring data it uses, and the line that says so.
 */
final class ReportOutput {

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "输出文件 / Output file")
    Path out;

    @Option(names = "--monitoring", paramLabel = "CSV", description = "监测数据 CSV，缺省用样例监测数据 / Monitoring CSV (default: sample data)")
    Path monitoring;

    /** Builds one report over the store's version in force. */
    interface Builder {
        String html(ReportMaker maker, ReportMaker.Monitoring monitoring);
    }

    /**
     * Opens the store, reads the monitoring data of {@code firstYear..lastYear}, builds and writes the
     * report, and prints what was written.
     */
    void write(StoreOptions store, PrintWriter w, int firstYear, int lastYear, boolean printImport,
            String whatZh, String whatEn, Builder builder) throws Exception {
        try (SchemeService s = store.openService()) {
            ReportMaker maker = new ReportMaker(store.workspace(), s.store(), s.loaded().scheme());
            ReportMaker.Monitoring m = maker.monitoring(monitoring, firstYear, lastYear);
            Files.writeString(out, builder.html(maker, m), StandardCharsets.UTF_8);
            if (printImport && m.imported() != null) {
                w.println(m.imported().summary());
            }
            w.println("已写出" + whatZh + " / Wrote the " + whatEn + ": " + out.toAbsolutePath()
                    + (m.sample() ? "（样例监测数据 / sample monitoring data）" : ""));
            w.flush();
        }
    }
}
