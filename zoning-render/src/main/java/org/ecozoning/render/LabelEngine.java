package org.ecozoning.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ecozoning.render.sld.Symbolizer;

/**
 * Collects label candidates while features are drawn and places them at the end, on top of all
 * layers: highest priority first (then in drawing order), each only if its box grown by the halo
 * (and {@code spaceAround}) overlaps no label already placed and, unless {@code partials} is true,
 * lies wholly inside the image. Halos are the glyph outlines stroked at twice the radius.
 */
final class LabelEngine {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** A label waiting for placement; the anchor point and angle are in pixels / radians (clockwise). */
    record Candidate(String text, Font font, Symbolizer.Text symbolizer, double x, double y, double anchorX,
            double anchorY, double displacementX, double displacementY, double angle, double priority, int order) { }

    private final int width;
    private final int height;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Rectangle2D> placed = new ArrayList<>();

    LabelEngine(int width, int height) {
        this.width = width;
        this.height = height;
    }

    void add(String text, Font font, Symbolizer.Text sym, double x, double y, double anchorX, double anchorY,
            double dx, double dy, double angle, double priority) {
        candidates.add(new Candidate(text, font, sym, x, y, anchorX, anchorY, dx, dy, angle, priority, candidates.size()));
    }

    int candidateCount() { return candidates.size(); }

    /** Places and draws the labels; returns how many were drawn. */
    int paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        candidates.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparingInt(Candidate::order));
        int drawn = 0;
        for (Candidate c : candidates) if (place(g, c)) drawn++;
        return drawn;
    }

    private boolean place(Graphics2D g, Candidate c) {
        TextLayout layout = new TextLayout(c.text(), c.font(), FRC);
        double w = layout.getAdvance(), ascent = layout.getAscent(), h = ascent + layout.getDescent();
        double left = -c.anchorX() * w + c.displacementX();
        double top = -(1 - c.anchorY()) * h - c.displacementY();
        AffineTransform at = AffineTransform.getTranslateInstance(c.x(), c.y());
        if (c.angle() != 0) at.rotate(c.angle());
        Symbolizer.Text sym = c.symbolizer();
        double halo = sym.halo() == null ? 0 : sym.halo().radius();
        double space = number(sym.vendorOptions().get("spaceAround"), 0);
        double grow = Math.max(0, halo) + space;
        Rectangle2D box = new Rectangle2D.Double(left - grow, top - grow, w + 2 * grow, h + 2 * grow);
        Rectangle2D bounds = at.createTransformedShape(box).getBounds2D();
        boolean partials = "true".equalsIgnoreCase(sym.vendorOptions().get("partials"));
        if (!partials) {
            Rectangle2D tight = at.createTransformedShape(new Rectangle2D.Double(left, top, w, h)).getBounds2D();
            if (tight.getMinX() < 0 || tight.getMinY() < 0 || tight.getMaxX() > width || tight.getMaxY() > height) return false;
        } else if (!bounds.intersects(0, 0, width, height)) {
            return false;
        }
        for (Rectangle2D r : placed) if (r.intersects(bounds)) return false;
        placed.add(bounds);
        at.translate(left, top + ascent);
        Shape outline = layout.getOutline(at);
        if (sym.halo() != null && halo > 0 && sym.halo().fill().opacity() > 0) {
            g.setPaint(sym.halo().fill().paint());
            g.setStroke(new BasicStroke((float) (2 * halo), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setPaint(sym.fill().paint());
        g.fill(outline);
        return true;
    }

    private static double number(String s, double fallback) {
        if (s == null) return fallback;
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
