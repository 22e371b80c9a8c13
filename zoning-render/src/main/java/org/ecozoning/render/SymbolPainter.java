package org.ecozoning.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.IdentityHashMap;
import java.util.Map;
import org.ecozoning.render.sld.Fill;
import org.ecozoning.render.sld.Graphic;
import org.ecozoning.render.sld.Mark;
import org.ecozoning.render.sld.Stroke;

/**
 * Paints SLD fills, strokes and marks with Java2D. Caches Java2D strokes, mark shapes and pattern
 * tiles by symbol identity for the duration of one render (or legend); not thread-safe.
 */
final class SymbolPainter {
    private final Map<Stroke, BasicStroke> strokes = new IdentityHashMap<>();
    private final Map<Graphic, Shape> marks = new IdentityHashMap<>();
    private final Map<Graphic, TexturePaint> patterns = new IdentityHashMap<>();

    /** Fills an area with a colour or, for a GraphicFill, a repeated graphic anchored at the image origin. */
    void fill(Graphics2D g, Shape s, Fill fill) {
        if (fill.graphicFill() == null) {
            if (fill.opacity() <= 0) return;
            g.setPaint(fill.paint());
            g.fill(s);
            return;
        }
        Graphic gr = fill.graphicFill();
        Composite old = g.getComposite();
        double alpha = fill.opacity() * gr.opacity();
        if (alpha <= 0) return;
        if (alpha < 1) g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
        TexturePaint tp = patterns.computeIfAbsent(gr, SymbolPainter::tile);
        if (gr.rotation() % 360 == 0) {
            g.setPaint(tp);
            g.fill(s);
        } else {
            // rotated pattern: fill the clipped area with a rotated texture
            Shape oldClip = g.getClip();
            AffineTransform oldTx = g.getTransform();
            g.clip(s);
            Rectangle b = s.getBounds();
            double cx = b.getCenterX(), cy = b.getCenterY();
            g.rotate(Math.toRadians(gr.rotation()), cx, cy);
            double d = Math.hypot(b.width, b.height) / 2 + gr.size();
            g.setPaint(tp);
            g.fill(new Rectangle2D.Double(cx - d, cy - d, 2 * d, 2 * d));
            g.setTransform(oldTx);
            g.setClip(oldClip);
        }
        g.setComposite(old);
    }

    void stroke(Graphics2D g, Shape s, Stroke stroke) {
        if (stroke.opacity() <= 0) return;
        g.setPaint(stroke.paint());
        g.setStroke(strokes.computeIfAbsent(stroke, Stroke::toBasicStroke));
        g.draw(s);
    }

    /** Draws a graphic's mark centred on a pixel position. */
    void mark(Graphics2D g, double x, double y, Graphic gr) {
        if (gr.opacity() <= 0) return;
        Shape shape = marks.computeIfAbsent(gr, k -> MarkShapes.shape(k.mark().wellKnownName(), k.size()));
        AffineTransform old = g.getTransform();
        Composite oldComposite = g.getComposite();
        if (gr.opacity() < 1) g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) gr.opacity()));
        g.translate(x, y);
        if (gr.rotation() != 0) g.rotate(Math.toRadians(gr.rotation()));
        paintMark(g, shape, gr.mark());
        g.setTransform(old);
        g.setComposite(oldComposite);
    }

    private void paintMark(Graphics2D g, Shape shape, Mark mark) {
        if (mark.fill() != null && !mark.isHatch()) fill(g, shape, mark.fill());
        if (mark.stroke() != null) stroke(g, shape, mark.stroke());
    }

    /** One tile of a pattern fill: the mark centred in a square of the graphic's size. */
    private static TexturePaint tile(Graphic gr) {
        int s = Math.max(2, (int) Math.round(gr.size()));
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Mark m = gr.mark();
        SymbolPainter p = new SymbolPainter();
        if (m.isHatch()) {
            Stroke st = m.stroke() != null ? m.stroke() : Stroke.DEFAULT;
            g.setPaint(st.paint());
            g.setStroke(new BasicStroke((float) st.width(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            // draw the line in this tile and its neighbours' copies so that it joins across tile edges
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    AffineTransform t = AffineTransform.getTranslateInstance(s / 2.0 + dx * s, s / 2.0 + dy * s);
                    g.draw(t.createTransformedShape(MarkShapes.shape(m.wellKnownName(), s)));
                }
            }
        } else {
            g.translate(s / 2.0, s / 2.0);
            p.paintMark(g, MarkShapes.shape(m.wellKnownName(), s), m);
        }
        g.dispose();
        return new TexturePaint(img, new Rectangle2D.Double(0, 0, s, s));
    }
}
