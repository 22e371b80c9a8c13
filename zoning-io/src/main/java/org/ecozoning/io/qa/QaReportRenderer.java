package org.ecozoning.io.qa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link QaReport} for machines (JSON) and for people (text, Markdown). */
public final class QaReportRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private QaReportRenderer() { }

    /**
     * JSON: {@code {"errors":n,"warnings":n,"counts":{CODE:n},"issues":[{severity, code, file,
     * featureIndex, featureId, field, messageZh, messageEn, location:[lon,lat], areaM2}]}}. Absent
     * location parts are omitted.
     */
    public static String json(QaReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        List<QaIssue> issues = report.issues();
        root.put("errors", report.errors().size());
        root.put("warnings", report.warnings().size());
        ObjectNode counts = root.putObject("counts");
        for (Map.Entry<IssueCode, Integer> e : report.counts().entrySet()) counts.put(e.getKey().name(), e.getValue());
        ArrayNode arr = root.putArray("issues");
        for (QaIssue i : issues) {
            ObjectNode n = arr.addObject();
            n.put("severity", i.severity().name());
            n.put("code", i.code().name());
            if (i.file() != null) n.put("file", i.file());
            if (i.featureIndex() != null) n.put("featureIndex", i.featureIndex());
            if (i.featureId() != null) n.put("featureId", i.featureId());
            if (i.field() != null) n.put("field", i.field());
            n.put("messageZh", i.messageZh());
            n.put("messageEn", i.messageEn());
            if (i.lon() != null && i.lat() != null) n.putArray("location").add(i.lon()).add(i.lat());
            if (i.areaM2() != null) n.put("areaM2", Math.round(i.areaM2() * 10) / 10.0);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plain text: a summary line, then one line per issue. */
    public static String text(QaReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(summary(report)).append('\n');
        for (QaIssue i : report.issues()) sb.append(i.toLine()).append('\n');
        return sb.toString();
    }

    /** Markdown: a title, a count table by code, then a table of issues (errors first). */
    public static String markdown(QaReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 数据质量检查报告 / Data QA report\n\n").append(summary(report)).append("\n\n");
        if (report.issues().isEmpty()) return sb.append("未发现问题。/ No issues found.\n").toString();
        sb.append("| 问题类型 / Code | 说明 / Meaning | 数量 / Count |\n|---|---|---|\n");
        for (Map.Entry<IssueCode, Integer> e : report.counts().entrySet()) {
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getKey().labelZh()).append(" / ")
                    .append(e.getKey().labelEn()).append(" | ").append(e.getValue()).append(" |\n");
        }
        sb.append("\n| 级别 / Severity | 问题类型 / Code | 位置 / Where | 面积 / Area (m²) | 说明 / Message |\n|---|---|---|---|---|\n");
        for (Severity s : Severity.values()) {
            for (QaIssue i : report.issues()) {
                if (i.severity() != s) continue;
                sb.append("| ").append(s.labelZh()).append(" / ").append(s.labelEn())
                        .append(" | ").append(i.code())
                        .append(" | ").append(cell(i.where()))
                        .append(" | ").append(i.areaM2() == null ? "" : String.format(Locale.ROOT, "%.0f", i.areaM2()))
                        .append(" | ").append(cell(i.messageZh())).append("<br>").append(cell(i.messageEn()))
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String summary(QaReport report) {
        int e = report.errors().size(), w = report.warnings().size();
        return "错误 " + e + " 个，警告 " + w + " 个" + (e > 0 ? "，导入已停止" : "") + "。/ " + e + " error(s), " + w
                + " warning(s)" + (e > 0 ? "; import stopped" : "") + ".";
    }

    /** "约 850 平方米" / "约 2.87 平方公里" and the English, for messages. */
    public static String[] area(double m2) {
        if (m2 < 1_000_000) {
            long r = Math.round(m2);
            return new String[] {"约 " + r + " 平方米", "about " + r + " m²"};
        }
        String km = String.format(Locale.ROOT, "%.2f", m2 / 1_000_000);
        return new String[] {"约 " + km + " 平方公里", "about " + km + " km²"};
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
