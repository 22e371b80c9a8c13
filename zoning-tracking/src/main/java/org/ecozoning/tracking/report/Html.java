package org.ecozoning.tracking.report;

import java.util.List;

/** Small HTML helpers for the reports: escaping, tables, and the printable A4 page frame. */
public final class Html {
    private Html() { }

    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A table; the header and cells are escaped. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("<table><thead><tr>");
        for (String h : header) sb.append("<th>").append(esc(h)).append("</th>");
        sb.append("</tr></thead><tbody>");
        for (List<String> r : rows) {
            sb.append("<tr>");
            for (String c : r) sb.append("<td>").append(esc(c)).append("</td>");
            sb.append("</tr>");
        }
        if (rows.isEmpty()) sb.append("<tr><td colspan=\"").append(header.size()).append("\">（无数据）</td></tr>");
        return sb.append("</tbody></table>").toString();
    }

    /** The whole document: Chinese, A4 portrait print layout, no scripts. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + esc(title) + "</title><style>"
                + "@page{size:A4;margin:18mm 15mm}"
                + "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','SimSun',sans-serif;font-size:10.5pt;color:#222;max-width:180mm;margin:auto}"
                + "h1{font-size:18pt;text-align:center;margin:0 0 4mm}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:8mm;page-break-after:avoid}"
                + "h3{font-size:11pt;page-break-after:avoid}"
                + "table{border-collapse:collapse;width:100%;margin:2mm 0 4mm;page-break-inside:auto}tr{page-break-inside:avoid}"
                + "th,td{border:1px solid #bbb;padding:1mm 2mm;text-align:left;font-size:9pt}th{background:#eef2f5}"
                + "svg{display:block;max-width:100%;height:auto;margin:2mm 0;page-break-inside:avoid}.meta{text-align:center;color:#555}"
                + ".ok{color:#2e7d32}.bad{color:#c62828}.note{font-size:9pt;color:#555}"
                + "</style></head><body>\n" + body + "\n</body></html>\n";
    }
}
