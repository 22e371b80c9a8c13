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
 * evaluation}: where the report goes and in which format (HTML or PDF), which monitoring data it
 * uses (a CSV, else the store's imported readings, else the sample), and the line that says so.
 */
final class ReportOutput {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件 / Output file (.html or .pdf)")
    Path out;

    @Option(names = "--format", paramLabel = "html|pdf",
            description = "输出格式，缺省按 --out 的扩展名（.pdf 为 PDF，否则 HTML）/ Output format (default: from the --out extension)")
    String format;

    @Option(names = "--monitoring", paramLabel = "CSV",
            description = "监测数据 CSV；缺省用库中已导入的监测数据，库中没有该年度数据时用样例数据 / Monitoring CSV (default: the store's imported readings, else sample data)")
    Path monitoring;

    /** Builds one report over the store's version in force. */
    interface Builder {
        /** @return the HTML page, or the PDF bytes when {@code pdf} */
        Object build(ReportMaker maker, ReportMaker.Monitoring monitoring, boolean pdf);
    }

    /** @return whether to write PDF: {@code --format pdf}, or no format and an {@code --out} ending in .pdf */
    boolean pdf() {
        if (format == null || format.isBlank()) {
            return out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        }
        return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "pdf" -> true;
            case "html", "htm" -> false;
            default -> throw new org.ecozoning.server.UserFacingException("未知格式 " + format + "（可用 html、pdf）/ Unknown format " + format + " (html, pdf)");
        };
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
            boolean pdf = pdf();
            Object report = builder.build(maker, m, pdf);
            if (report instanceof byte[] bytes) {
                Files.write(out, bytes);
            } else {
                Files.writeString(out, (String) report, StandardCharsets.UTF_8);
            }
            if (printImport && m.imported() != null) {
                w.println(m.imported().summary());
            }
            w.println("已写出" + whatZh + " / Wrote the " + whatEn + ": " + out.toAbsolutePath()
                    + (m.sample() ? "（样例监测数据 / sample monitoring data）" : m.source() == ReportMaker.Source.STORE
                            ? "（库中监测数据 / monitoring data from the store）" : ""));
            w.flush();
        }
    }
}
