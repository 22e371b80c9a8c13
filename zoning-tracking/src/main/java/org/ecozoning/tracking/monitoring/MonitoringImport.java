package org.ecozoning.tracking.monitoring;

import java.util.List;

/**
 * The outcome of importing one monitoring file: the encoding found, how many data rows were read,
 * the readings accepted (empty when {@code imported} is false), and every rejected row with its
 * reason.
 *
 * @param imported false when nothing was imported (a file-level error, or ALL_OR_NOTHING with bad rows)
 */
public record MonitoringImport(String encoding, int rowsRead, List<Reading> readings, List<Rejection> rejections, boolean imported) {
    public MonitoringImport {
        readings = List.copyOf(readings);
        rejections = List.copyOf(rejections);
    }

    /** A short bilingual summary, e.g. for the command line. */
    public String summary() {
        return "读取 " + rowsRead + " 行，导入 " + readings.size() + " 条，拒绝 " + rejections.size() + " 条（编码 " + encoding + "）"
                + (imported ? "" : "，未导入任何数据") + " / read " + rowsRead + " rows, imported " + readings.size() + ", rejected "
                + rejections.size() + " (encoding " + encoding + ")" + (imported ? "" : ", nothing imported");
    }
}
