package org.ecozoning.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.render.sld.FontSpec;
import org.ecozoning.render.sld.Graphic;
import org.ecozoning.render.sld.Rule;
import org.ecozoning.render.sld.Stroke;
import org.ecozoning.render.sld.Style;
import org.ecozoning.render.sld.Symbolizer;

/**
 * Draws the legend of a style for WMS GetLegendGraphic: one row per rule that draws something other
 * than labels — a swatch (rectangle for polygon symbolizers, a bent line for line symbolizers, the
 * mark for point symbolizers, in rule order) and the rule's title (else its name) in a CJK-capable
 * font. Thread-safe.
 */
public final class LegendRenderer {
    private static final int PAD = 4;
    private static final int GAP = 6;
    private static final int ROW_SPACING = 3;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final FontCatalog fonts;

    public LegendRenderer(FontCatalog fonts) {
        this.fonts = fonts;
    }

    /** The legend as an ARGB image (PNG-ready). */
    public BufferedImage render(Style style, LegendOptions o) {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : style.rules()) {
            if (!Double.isNaN(o.scaleDenominator()) && !r.appliesAt(o.scaleDenominator())) continue;
            if (r.symbolizers().stream().allMatch(s -> s instanceof Symbolizer.Text)) continue;
            rules.add(r);
        }
        List<TextLayout> texts = new ArrayList<>();
        double textWidth = 0;
        double rowHeight = o.symbolHeight();
        for (Rule r : rules) {
            String label = r.legendLabel().isEmpty() ? " " : r.legendLabel();
            TextLayout t = new TextLayout(label, fonts.resolve(o.font(), label), FRC);
            texts.add(t);
            textWidth = Math.max(textWidth, t.getAdvance());
            rowHeight = Math.max(rowHeight, t.getAscent() + t.getDescent());
        }
        TextLayout title = null;
        if (o.title() != null && !o.title().isBlank()) {
            FontSpec tf = new FontSpec(o.font().families(), false, true, o.font().size() + 1);
            title = new TextLayout(o.title(), fonts.resolve(tf, o.title()), FRC);
        }
        double titleHeight = title == null ? 0 : Math.ceil(title.getAscent() + title.getDescent()) + ROW_SPACING;
        int width = (int) Math.ceil(Math.max(PAD * 2 + o.symbolWidth() + (rules.isEmpty() ? 0 : GAP + textWidth),
                title == null ? 0 : PAD * 2 + title.getAdvance()));
        int rowH = (int) Math.ceil(rowHeight);
        int height = (int) Math.max(PAD * 2 + titleHeight + rules.size() * rowH + Math.max(0, rules.size() - 1) * ROW_SPACING,
                o.symbolHeight() + PAD * 2);
        BufferedImage img = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (o.background() != null) {
                g.setColor(o.background());
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
            }
            SymbolPainter painter = new SymbolPainter();
            double y = PAD;
            if (title != null) {
                g.setColor(o.fontColor());
                title.draw(g, PAD, (float) (y + title.getAscent()));
                y += titleHeight;
            }
            for (int i = 0; i < rules.size(); i++) {
                double swatchTop = y + (rowH - o.symbolHeight()) / 2.0;
                var saved = g.getTransform();
                g.translate(PAD, swatchTop);
                swatch(g, painter, rules.get(i), o.symbolWidth(), o.symbolHeight());
                g.setTransform(saved);
                TextLayout t = texts.get(i);
                g.setColor(o.fontColor());
                double baseline = y + (rowH - (t.getAscent() + t.getDescent())) / 2.0 + t.getAscent();
                t.draw(g, PAD + o.symbolWidth() + GAP, (float) baseline);
                y += rowH + ROW_SPACING;
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void swatch(Graphics2D g, SymbolPainter painter, Rule rule, int w, int h) {
        for (Symbolizer s : rule.symbolizers()) {
            switch (s) {
                case Symbolizer.Polygon p -> {
                    double inset = p.stroke() == null ? 0.5 : Math.min(p.stroke().width(), h / 4.0) / 2 + 0.5;
                    Rectangle2D r = new Rectangle2D.Double(inset, inset, w - 2 * inset, h - 2 * inset);
                    if (p.fill() != null) painter.fill(g, r, p.fill());
                    if (p.stroke() != null) painter.stroke(g, r, capped(p.stroke(), h / 4.0));
                }
                case Symbolizer.Line l -> {
                    Path2D.Double line = new Path2D.Double();
                    line.moveTo(1, h - 3);
                    line.lineTo(w * 0.4, h * 0.35);
                    line.lineTo(w * 0.6, h * 0.65);
                    line.lineTo(w - 1, 3);
                    painter.stroke(g, line, capped(l.stroke(), h / 3.0));
                }
                case Symbolizer.Point p -> {
                    Graphic gr = p.graphic();
                    double max = Math.min(w, h) - 2;
                    if (gr.size() > max) gr = new Graphic(gr.mark(), max, gr.rotation(), gr.opacity());
                    painter.mark(g, w / 2.0, h / 2.0, gr);
                }
                case Symbolizer.Text t -> { }
            }
        }
    }

    /** The stroke with its width limited so that it fits the swatch. */
    private static Stroke capped(Stroke s, double max) {
        if (s.width() <= max) return s;
        return new Stroke(s.color(), max, s.opacity(), s.dashArray(), s.dashOffset(), s.lineJoin(), s.lineCap());
    }
}
