package org.ecozoning.ogc.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.AssessmentReport.ClauseEntry;
import org.ecozoning.compliance.AssessmentReport.DimensionVerdict;
import org.ecozoning.compliance.AssessmentReport.Finding;
import org.ecozoning.compliance.AssessmentReport.Notice;
import org.ecozoning.compliance.AssessmentReport.UnitHit;
import org.ecozoning.render.PdfFonts;

/**
 * The report as an A4 PDF (OpenPDF), same sections as the HTML, with a Chinese font embedded from
 * the system (Noto Sans CJK SC by default) so it prints the same everywhere.
 */
final class ReportPdf {
    private ReportPdf() { }

    static byte[] write(ReportData d, byte[] png, Path fontFile) {
        try {
            BaseFont bf = PdfFonts.cjk(fontFile);
            Font body = new Font(bf, 9.5f);
            Font bold = new Font(bf, 9.5f, Font.BOLD);
            Font h2 = new Font(bf, 12f, Font.BOLD);
            Font small = new Font(bf, 8f, Font.NORMAL, Color.DARK_GRAY);
            AssessmentReport r = d.report();
            var in = r.input();
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 42, 42, 50, 50);
            PdfWriter.getInstance(doc, bos);
            doc.addTitle(ReportText.TITLE);
            doc.addSubject("report " + d.id());
            doc.open();
            Paragraph title = new Paragraph(ReportText.TITLE, new Font(bf, 16f, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            doc.add(new Paragraph("报告编号 / Report ID：" + d.id() + "    生成时间：" + ReportText.TIME.format(d.time()) + "（北京时间）", small));
            doc.add(new Paragraph("方案版本：" + r.schemeVersion() + "    规则库版本：" + r.rulesVersion(), small));
            doc.add(new Paragraph(d.url() != null ? "查询地址 / Retrieve at：" + d.url()
                    : "本报告未保存，不能按编号查询 / not saved: this report cannot be retrieved by its id", small));

            section(doc, "一、项目概况", h2);
            PdfPTable t = table(new float[] {1, 2.2f});
            kv(t, "项目名称", in.projectName() == null ? "（未填写）" : in.projectName(), bold, body);
            kv(t, "国民经济行业", in.industryCode() + " " + in.industryName() + "（" + String.join(" › ", in.industryChain()) + "）", bold, body);
            kv(t, "建设性质", in.natureZh(), bold, body);
            if (!in.attributes().isEmpty()) kv(t, "项目参数", in.attributes().toString(), bold, body);
            kv(t, "几何类型与规模", in.geometryType() + "，" + ReportText.size(r), bold, body);
            kv(t, "中心点（CGCS2000）", ReportText.coordinates(in.centroid()), bold, body);
            kv(t, "坐标参照系", in.crs(), bold, body);
            doc.add(t);

            section(doc, "二、研判结论", h2);
            Paragraph v = new Paragraph(r.verdictZh(), new Font(bf, 15f, Font.BOLD, colour(r.verdict().name())));
            v.setAlignment(Element.ALIGN_CENTER);
            doc.add(v);
            doc.add(new Paragraph(r.summaryZh(), body));

            section(doc, "三、项目位置示意图", h2);
            Image img = Image.getInstance(png);
            img.scaleToFit(doc.getPageSize().getWidth() - 84, 330);
            doc.add(img);
            doc.add(new Paragraph("红色为项目范围；底图为环境管控单元（优先保护、重点管控、一般管控）。", small));

            section(doc, "四、涉及环境管控单元", h2);
            if (r.units().isEmpty()) doc.add(new Paragraph("项目不在任何环境管控单元内。", body));
            else {
                PdfPTable u = table(new float[] {1.5f, 2.4f, 1.1f, 1.2f, 1.4f, 1.3f, 0.9f});
                header(u, bold, "单元编码", "单元名称", "类别", "子类", "市 / 县", "重叠面积（m²）", "占比");
                for (UnitHit h : r.units()) {
                    cells(u, body, h.code(), h.name(), h.unitClassZh(), h.subtypeZh(), nz(h.cityName()) + " / " + nz(h.countyName()),
                            ReportText.fmt(h.overlap()), ReportText.pct(h.share()));
                }
                doc.add(u);
            }
            PdfPTable dist = table(new float[] {1, 2.2f});
            kv(dist, "距最近优先保护单元", ReportText.distance(d.distances().priority()), bold, body);
            kv(dist, "距最近生态保护红线", ReportText.distance(d.distances().redLine()), bold, body);
            dist.setSpacingBefore(6);
            doc.add(dist);

            section(doc, "五、分维度研判", h2);
            PdfPTable dims = table(new float[] {1.5f, 1, 2});
            header(dims, bold, "管控维度", "结论", "决定性规则");
            for (DimensionVerdict dv : r.dimensions()) cells(dims, body, dv.dimensionZh(), dv.verdictZh(), String.join("、", dv.ruleIds()));
            doc.add(dims);

            section(doc, "六、适用的生态环境准入清单条款（省 → 市 → 单元）", h2);
            if (r.clauses().isEmpty()) doc.add(new Paragraph("无适用条款。", body));
            else {
                PdfPTable c = table(new float[] {0.7f, 1.3f, 1.1f, 4.2f, 1.3f});
                header(c, bold, "层级", "适用范围", "维度", "条款", "研判");
                for (ClauseEntry e : r.clauses()) cells(c, body, e.levelZh(), e.scopeName(), e.dimensionZh(), e.text(), ReportText.clauseFinding(e));
                doc.add(c);
            }
            section(doc, "七、触发的规则", h2);
            if (r.findings().isEmpty()) doc.add(new Paragraph("未触发任何规则。", body));
            else {
                PdfPTable f = table(new float[] {1.6f, 0.8f, 4});
                header(f, bold, "规则", "结论", "理由");
                for (Finding x : r.findings()) cells(f, body, x.ruleId() + " " + x.titleZh(), x.verdictZh(), x.reasonZh());
                doc.add(f);
            }
            if (!r.warnings().isEmpty()) {
                section(doc, "八、提示", h2);
                for (Notice n : r.warnings()) doc.add(new Paragraph("• " + n.messageZh(), body));
            }
            Paragraph disc = new Paragraph();
            disc.setSpacingBefore(14);
            disc.add(new Chunk("声明：", bold));
            disc.add(new Chunk(ReportRenderer.DISCLAIMER_ZH, body));
            doc.add(disc);
            doc.add(new Paragraph(ReportRenderer.DISCLAIMER_EN, small));
            doc.close();
            return bos.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("PDF 报告生成失败 / cannot write the PDF report: " + e.getMessage(), e);
        }
    }

    private static Color colour(String verdict) {
        return switch (verdict) {
            case "PROHIBITED" -> new Color(0xbb, 0, 0);
            case "RESTRICTED" -> new Color(0xcc, 0x66, 0);
            case "COMPLIANT" -> new Color(0, 0x77, 0);
            default -> Color.DARK_GRAY;
        };
    }

    private static String nz(String s) { return s == null ? "—" : s; }

    private static void section(Document doc, String text, Font f) throws DocumentException {
        Paragraph p = new Paragraph(text, f);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(0);
        return t;
    }

    private static void kv(PdfPTable t, String k, String v, Font kf, Font vf) {
        PdfPCell a = new PdfPCell(new Phrase(k, kf));
        a.setBackgroundColor(new Color(0xee, 0xee, 0xee));
        t.addCell(a);
        t.addCell(new PdfPCell(new Phrase(v == null ? "" : v, vf)));
    }

    private static void header(PdfPTable t, Font f, String... names) {
        for (String n : names) {
            PdfPCell c = new PdfPCell(new Phrase(n, f));
            c.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            t.addCell(c);
        }
        t.setHeaderRows(1);
    }

    private static void cells(PdfPTable t, Font f, String... values) {
        for (String v : values) t.addCell(new PdfPCell(new Phrase(v == null ? "" : v, f)));
    }
}
