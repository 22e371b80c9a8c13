package org.ecozoning.tracking.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.ecozoning.render.PdfFonts;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The tracking and evaluation reports as A4 PDF (OpenPDF), made from the same HTML the reports
 * print, so both say exactly the same: headings, paragraphs, lists and tables become PDF text in
 * an embedded CJK font (Noto Sans CJK SC by default, as the assessment report's PDF), and the
 * inline SVG charts and county maps are redrawn as vector graphics with the same font. Only the
 * HTML subset the reports write ({@link Html}, {@link Svg}) is understood.
 */
public final class ReportPdf {
    private static final float CONTENT_WIDTH = PageSize.A4.getWidth() - 2 * 42;
    private static final float MAX_HEIGHT = PageSize.A4.getHeight() - 100 - 40;

    private ReportPdf() { }

    /** The PDF of a report page made by {@link Html#page}, with the system's CJK font. */
    public static byte[] fromHtml(String html) {
        return fromHtml(html, null);
    }

    /**
     * @param html     a report page made by {@link Html#page} (its body is well-formed XML)
     * @param fontFile a TrueType/OpenType font with Chinese glyphs, or null for the system's
     * @return the PDF bytes
     * @throws IllegalStateException when no CJK font is available or the HTML is not a report page
     */
    public static byte[] fromHtml(String html, Path fontFile) {
        try {
            BaseFont bf = PdfFonts.cjk(fontFile);
            org.w3c.dom.Document dom = parseBody(html);
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 42, 42, 50, 50);
            PdfWriter writer = PdfWriter.getInstance(doc, bos);
            doc.addTitle(title(html));
            doc.addCreator("ecozoning");
            doc.open();
            new Writer(doc, writer.getDirectContent(), bf).blocks(dom.getDocumentElement());
            doc.close();
            return bos.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("无法生成 PDF / cannot write the PDF: " + e.getMessage(), e);
        }
    }

    private static String title(String html) {
        int a = html.indexOf("<title>");
        int b = html.indexOf("</title>");
        return a < 0 || b < a ? "" : html.substring(a + 7, b).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static org.w3c.dom.Document parseBody(String html) {
        int a = html.indexOf("<body>");
        int b = html.lastIndexOf("</body>");
        if (a < 0 || b < a) throw new IllegalStateException("不是报告页面 / not a report page");
        String body = "<div>" + html.substring(a + 6, b).replace("&nbsp;", "\u00a0") + "</div>";
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(null);
            return db.parse(new InputSource(new StringReader(body)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("报告 HTML 无法解析 / cannot read the report HTML: " + e.getMessage(), e);
        }
    }

    /** Walks the body's elements and adds them to the document. */
    private static final class Writer {
        private final Document doc;
        private final PdfContentByte cb;
        private final BaseFont bf;
        private final Font h1;
        private final Font h2;
        private final Font h3;
        private final Font body;
        private final Font small;
        private final Font bold;

        Writer(Document doc, PdfContentByte cb, BaseFont bf) {
            this.doc = doc;
            this.cb = cb;
            this.bf = bf;
            this.h1 = new Font(bf, 16f, Font.BOLD);
            this.h2 = new Font(bf, 12.5f, Font.BOLD);
            this.h3 = new Font(bf, 10.5f, Font.BOLD);
            this.body = new Font(bf, 9.5f);
            this.small = new Font(bf, 8.5f, Font.NORMAL, Color.DARK_GRAY);
            this.bold = new Font(bf, 9f, Font.BOLD);
        }

        void blocks(org.w3c.dom.Element parent) throws DocumentException {
            NodeList kids = parent.getChildNodes();
            for (int i = 0; i < kids.getLength(); i++) {
                if (!(kids.item(i) instanceof org.w3c.dom.Element e)) continue;
                switch (e.getTagName()) {
                    case "h1" -> {
                        Paragraph p = new Paragraph(e.getTextContent(), h1);
                        p.setAlignment(Element.ALIGN_CENTER);
                        p.setSpacingAfter(6);
                        doc.add(p);
                    }
                    case "h2" -> heading(e.getTextContent(), h2, 10);
                    case "h3" -> heading(e.getTextContent(), h3, 6);
                    case "p" -> {
                        String cls = e.getAttribute("class");
                        boolean note = cls.equals("note") || cls.equals("meta");
                        Font f = cls.equals("data-note") ? new Font(bf, 9.5f, Font.BOLD, new Color(0xC62828)) : note ? small : body;
                        Paragraph p = new Paragraph(e.getTextContent(), f);
                        if (cls.equals("meta")) p.setAlignment(Element.ALIGN_CENTER);
                        p.setSpacingAfter(4);
                        doc.add(p);
                    }
                    case "ul", "ol" -> {
                        NodeList items = e.getElementsByTagName("li");
                        for (int k = 0; k < items.getLength(); k++) doc.add(new Paragraph("• " + items.item(k).getTextContent(), body));
                    }
                    case "table" -> table(e);
                    case "svg" -> svg(e);
                    default -> blocks(e);
                }
            }
        }

        private void heading(String text, Font f, float before) throws DocumentException {
            Paragraph p = new Paragraph(text, f);
            p.setSpacingBefore(before);
            p.setSpacingAfter(4);
            p.setKeepTogether(true);
            doc.add(p);
        }

        private void table(org.w3c.dom.Element t) throws DocumentException {
            List<List<String[]>> rows = new ArrayList<>(); // cell: text, tag, colspan
            NodeList trs = t.getElementsByTagName("tr");
            int cols = 0;
            for (int i = 0; i < trs.getLength(); i++) {
                List<String[]> row = new ArrayList<>();
                int width = 0;
                for (Node c = trs.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (!(c instanceof org.w3c.dom.Element cell)) continue;
                    String span = cell.getAttribute("colspan");
                    int n = span.isEmpty() ? 1 : Integer.parseInt(span);
                    row.add(new String[] {cell.getTextContent(), cell.getTagName(), Integer.toString(n)});
                    width += n;
                }
                cols = Math.max(cols, width);
                rows.add(row);
            }
            if (cols == 0) return;
            PdfPTable pt = new PdfPTable(cols);
            pt.setWidthPercentage(100);
            pt.setSpacingBefore(3);
            pt.setSpacingAfter(6);
            pt.setHeaderRows(rows.isEmpty() || !rows.get(0).stream().allMatch(c -> c[1].equals("th")) ? 0 : 1);
            for (List<String[]> row : rows) {
                int used = 0;
                for (String[] c : row) {
                    boolean th = c[1].equals("th");
                    PdfPCell cell = new PdfPCell(new Phrase(c[0], th ? bold : new Font(bf, 8.5f)));
                    cell.setColspan(Integer.parseInt(c[2]));
                    cell.setPadding(3);
                    cell.setBorderColor(new Color(0xBBBBBB));
                    if (th) cell.setBackgroundColor(new Color(0xEEF2F5));
                    pt.addCell(cell);
                    used += Integer.parseInt(c[2]);
                }
                for (; used < cols; used++) pt.addCell(new PdfPCell(new Phrase("", body)));
            }
            doc.add(pt);
        }

        /** Redraws one of the reports' SVG charts as vector graphics. */
        private void svg(org.w3c.dom.Element svg) throws DocumentException {
            float w = num(svg.getAttribute("width"), 640);
            float h = num(svg.getAttribute("height"), 240);
            PdfTemplate tpl = cb.createTemplate(w, h);
            FontMapper mapper = new FontMapper() {
                @Override
                public BaseFont awtToPdf(java.awt.Font font) { return bf; }

                @Override
                public java.awt.Font pdfToAwt(BaseFont font, int size) { return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size); }
            };
            Graphics2D g = tpl.createGraphics(w, h, mapper);
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                draw(g, svg);
            } finally {
                g.dispose();
            }
            Image img = Image.getInstance(tpl);
            float scale = Math.min(1f, Math.min(CONTENT_WIDTH / w, MAX_HEIGHT / h));
            img.scaleAbsolute(w * scale, h * scale);
            img.setAlignment(Image.MIDDLE);
            img.setSpacingAfter(6);
            doc.add(img);
        }

        private void draw(Graphics2D g, org.w3c.dom.Element parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof org.w3c.dom.Element e)) continue;
                switch (e.getTagName()) {
                    case "rect" -> {
                        Rectangle2D r = new Rectangle2D.Double(num(e.getAttribute("x"), 0), num(e.getAttribute("y"), 0), num(e.getAttribute("width"), 0),
                                num(e.getAttribute("height"), 0));
                        paint(g, e, r);
                    }
                    case "circle" -> {
                        double r = num(e.getAttribute("r"), 1);
                        paint(g, e, new Ellipse2D.Double(num(e.getAttribute("cx"), 0) - r, num(e.getAttribute("cy"), 0) - r, 2 * r, 2 * r));
                    }
                    case "line" -> {
                        Path2D p = new Path2D.Double();
                        p.moveTo(num(e.getAttribute("x1"), 0), num(e.getAttribute("y1"), 0));
                        p.lineTo(num(e.getAttribute("x2"), 0), num(e.getAttribute("y2"), 0));
                        paint(g, e, p);
                    }
                    case "polyline" -> {
                        Path2D p = new Path2D.Double();
                        String[] pts = e.getAttribute("points").trim().split("\\s+");
                        for (int i = 0; i < pts.length; i++) {
                            String[] xy = pts[i].split(",");
                            if (xy.length != 2) continue;
                            if (i == 0) p.moveTo(num(xy[0], 0), num(xy[1], 0));
                            else p.lineTo(num(xy[0], 0), num(xy[1], 0));
                        }
                        paint(g, e, p);
                    }
                    case "path" -> paint(g, e, path(e.getAttribute("d")));
                    case "text" -> text(g, e);
                    default -> { } // title and anything else: not drawn
                }
            }
        }

        private void text(Graphics2D g, org.w3c.dom.Element e) {
            float size = num(e.getAttribute("font-size"), 10);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, "bold".equals(e.getAttribute("font-weight")) ? java.awt.Font.BOLD : java.awt.Font.PLAIN,
                    Math.round(size)));
            g.setColor(Color.decode("#222222"));
            String s = e.getTextContent();
            float x = num(e.getAttribute("x"), 0);
            float width = bf.getWidthPoint(s, size);
            String anchor = e.getAttribute("text-anchor");
            if (anchor.equals("end")) x -= width;
            else if (anchor.equals("middle")) x -= width / 2;
            g.drawString(s, x, num(e.getAttribute("y"), 0));
        }

        private static void paint(Graphics2D g, org.w3c.dom.Element e, java.awt.Shape s) {
            String fill = e.getAttribute("fill");
            boolean isLine = e.getTagName().equals("line") || e.getTagName().equals("polyline");
            if (!isLine && !fill.equals("none")) {
                g.setColor(fill.isEmpty() ? Color.BLACK : color(fill));
                g.fill(s);
            }
            String stroke = e.getAttribute("stroke");
            if (!stroke.isEmpty() && !stroke.equals("none")) {
                float sw = num(e.getAttribute("stroke-width"), 1);
                String dash = e.getAttribute("stroke-dasharray");
                float[] pattern = null;
                if (!dash.isBlank()) {
                    String[] parts = dash.trim().split("[\\s,]+");
                    pattern = new float[parts.length];
                    for (int i = 0; i < parts.length; i++) pattern[i] = num(parts[i], 1);
                }
                g.setStroke(new BasicStroke(sw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f));
                g.setColor(color(stroke));
                g.draw(s);
            }
        }

        /** {@code #rrggbb} or {@code #rgb}. */
        private static Color color(String hex) {
            if (hex.length() == 4 && hex.charAt(0) == '#') {
                hex = "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3);
            }
            try {
                return Color.decode(hex);
            } catch (NumberFormatException e) {
                return Color.GRAY;
            }
        }

        /** An SVG path of M, L and Z commands with absolute coordinates, as the reports write them. */
        private static Path2D path(String d) {
            Path2D p = new Path2D.Double();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([MLZ])\\s*(-?[0-9.]+)?[ ,]?(-?[0-9.]+)?").matcher(d);
            while (m.find()) {
                switch (m.group(1)) {
                    case "M" -> p.moveTo(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
                    case "L" -> p.lineTo(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
                    default -> p.closePath();
                }
            }
            return p;
        }

        private static float num(String s, float fallback) {
            if (s == null || s.isBlank()) return fallback;
            try {
                return Float.parseFloat(s.trim().toLowerCase(Locale.ROOT).replace("px", ""));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
