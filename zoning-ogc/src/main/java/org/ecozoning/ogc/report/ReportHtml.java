package org.ecozoning.ogc.report;

import static org.ecozoning.ogc.common.Html.esc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.AssessmentReport.ClauseEntry;
import org.ecozoning.compliance.AssessmentReport.DimensionVerdict;
import org.ecozoning.compliance.AssessmentReport.Finding;
import org.ecozoning.compliance.AssessmentReport.Notice;
import org.ecozoning.compliance.AssessmentReport.UnitHit;

/** The report as one self-contained, printable A4 HTML page in Chinese (map embedded as PNG). */
final class ReportHtml {
    private ReportHtml() { }

    static byte[] write(ReportData d, byte[] png) {
        AssessmentReport r = d.report();
        var in = r.input();
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(ReportText.TITLE).append("</title>\n<style>")
                .append("@page{size:A4;margin:18mm 15mm}body{font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','Microsoft YaHei',sans-serif;")
                .append("font-size:10.5pt;color:#222;max-width:180mm;margin:auto}h1{font-size:17pt;text-align:center}h2{font-size:12.5pt;border-bottom:1px solid #999;")
                .append("margin-top:14pt}table{border-collapse:collapse;width:100%;page-break-inside:auto}tr{page-break-inside:avoid}th,td{border:1px solid #bbb;")
                .append("padding:3pt 5pt;vertical-align:top;text-align:left}th{background:#eee}.verdict{font-size:15pt;font-weight:bold;padding:6pt;border:2px solid #333;")
                .append("text-align:center}.PROHIBITED{color:#b00}.RESTRICTED{color:#c60}.COMPLIANT{color:#070}.OUTSIDE{color:#555}.meta td{border:none}")
                .append(".disclaimer{margin-top:16pt;padding:6pt;border:1px dashed #888;font-size:9.5pt}img{width:100%;border:1px solid #999}</style></head><body>\n");
        h.append("<h1>").append(ReportText.TITLE).append("</h1>\n<table class=\"meta\"><tr><td>报告编号 / Report ID：<span id=\"report-id\">")
                .append(esc(d.id())).append("</span></td><td>生成时间：").append(ReportText.TIME.format(d.time())).append("（北京时间）</td></tr><tr><td>方案版本：<span id=\"scheme-version\">")
                .append(esc(r.schemeVersion())).append("</span></td><td>规则库版本：").append(esc(r.rulesVersion())).append("</td></tr>");
        if (d.url() != null) {
            h.append("<tr><td colspan=\"2\">查询地址 / Retrieve at：<a id=\"report-url\" href=\"").append(esc(d.url())).append("\">")
                    .append(esc(d.url())).append("</a></td></tr>");
        } else {
            h.append("<tr><td colspan=\"2\">本报告未保存，不能按编号查询 / not saved: this report cannot be retrieved by its id</td></tr>");
        }
        h.append("</table>\n");

        h.append("<h2>一、项目概况</h2><table>");
        row(h, "项目名称", in.projectName() == null ? "（未填写）" : in.projectName());
        row(h, "国民经济行业", in.industryCode() + " " + in.industryName() + "（" + String.join(" › ", in.industryChain()) + "）");
        row(h, "建设性质", in.natureZh());
        if (!in.attributes().isEmpty()) row(h, "项目参数", in.attributes().toString());
        row(h, "几何类型与规模", in.geometryType() + "，" + ReportText.size(r));
        row(h, "中心点（CGCS2000）", ReportText.coordinates(in.centroid()));
        row(h, "坐标参照系", in.crs() + (in.axesSwapped() ? "（检测到经纬度顺序颠倒，已自动纠正）" : ""));
        h.append("</table>\n");

        h.append("<h2>二、研判结论</h2><div class=\"verdict ").append(r.verdict().name()).append("\" id=\"verdict\">").append(esc(r.verdictZh()))
                .append("</div><p>").append(esc(r.summaryZh())).append("</p>\n");

        h.append("<h2>三、项目位置示意图</h2><img alt=\"项目位置与环境管控单元\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><p style=\"font-size:9pt\">红色为项目范围；底图为环境管控单元（优先保护、重点管控、一般管控）。</p>\n");

        h.append("<h2>四、涉及环境管控单元</h2>");
        if (r.units().isEmpty()) {
            h.append("<p>项目不在任何环境管控单元内。</p>");
        } else {
            h.append("<table><tr><th>单元编码</th><th>单元名称</th><th>类别</th><th>子类</th><th>市 / 县</th><th>重叠面积（平方米）</th><th>占项目比例</th></tr>");
            for (UnitHit u : r.units()) {
                h.append("<tr><td>").append(esc(u.code())).append("</td><td>").append(esc(u.name())).append("</td><td>").append(esc(u.unitClassZh()))
                        .append("</td><td>").append(esc(u.subtypeZh())).append("</td><td>").append(esc(nz(u.cityName()) + " / " + nz(u.countyName())))
                        .append("</td><td>").append(ReportText.fmt(u.overlap())).append("</td><td>").append(ReportText.pct(u.share())).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("\n<table style=\"margin-top:6pt\">");
        row(h, "距最近优先保护单元", ReportText.distance(d.distances().priority()));
        row(h, "距最近生态保护红线", ReportText.distance(d.distances().redLine()));
        h.append("</table>\n");

        h.append("<h2>五、分维度研判</h2><table><tr><th>管控维度</th><th>结论</th><th>决定性规则</th></tr>");
        for (DimensionVerdict v : r.dimensions()) {
            h.append("<tr><td>").append(esc(v.dimensionZh())).append("</td><td class=\"").append(v.verdict().name()).append("\">").append(esc(v.verdictZh()))
                    .append("</td><td>").append(esc(String.join("、", v.ruleIds()))).append("</td></tr>");
        }
        h.append("</table>\n");

        h.append("<h2>六、适用的生态环境准入清单条款（省 → 市 → 单元）</h2>");
        if (r.clauses().isEmpty()) h.append("<p>无适用条款。</p>");
        else {
            h.append("<table><tr><th>层级</th><th>适用范围</th><th>维度</th><th>条款</th><th>研判</th></tr>");
            for (ClauseEntry c : r.clauses()) {
                h.append("<tr><td>").append(esc(c.levelZh())).append("</td><td>").append(esc(c.scopeName())).append("</td><td>").append(esc(c.dimensionZh()))
                        .append("</td><td>").append(esc(c.text())).append("</td><td").append(c.verdict() == null ? "" : " class=\"" + c.verdict().name() + "\"")
                        .append(">").append(esc(ReportText.clauseFinding(c))).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("\n<h2>七、触发的规则</h2>");
        if (r.findings().isEmpty()) h.append("<p>未触发任何规则。</p>");
        else {
            h.append("<table><tr><th>规则</th><th>结论</th><th>理由</th></tr>");
            for (Finding f : r.findings()) {
                h.append("<tr><td>").append(esc(f.ruleId() + " " + f.titleZh())).append("</td><td class=\"").append(f.verdict().name()).append("\">")
                        .append(esc(f.verdictZh())).append("</td><td>").append(esc(f.reasonZh())).append("</td></tr>");
            }
            h.append("</table>");
        }
        if (!r.warnings().isEmpty()) {
            h.append("\n<h2>八、提示</h2><ul>");
            for (Notice n : r.warnings()) h.append("<li>").append(esc(n.messageZh())).append("</li>");
            h.append("</ul>");
        }
        h.append("\n<div class=\"disclaimer\"><b>声明：</b>").append(ReportRenderer.DISCLAIMER_ZH).append("<br><span style=\"color:#666\">")
                .append(ReportRenderer.DISCLAIMER_EN).append("</span></div>\n</body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nz(String s) { return s == null ? "—" : s; }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th style=\"width:32%\">").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
    }
}
