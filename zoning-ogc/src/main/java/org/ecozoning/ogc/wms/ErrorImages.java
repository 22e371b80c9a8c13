package org.ecozoning.ogc.wms;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.List;
import org.ecozoning.render.FontCatalog;
import org.ecozoning.render.sld.FontSpec;

/**
 * The images GetMap answers with when EXCEPTIONS=INIMAGE or BLANK: the requested size and format,
 * the requested background (or transparent), and for INIMAGE the exception code and message
 * wrapped to the image width in a CJK-capable font.
 */
final class ErrorImages {
    private static final FontSpec FONT = new FontSpec(List.of("Noto Sans CJK SC"), false, false, 12);

    private ErrorImages() { }

    static BufferedImage blank(MapRequest.Frame f) {
        BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_ARGB);
        Color fill = f.fill();
        if (fill != null) {
            Graphics2D g = img.createGraphics();
            g.setColor(fill);
            g.fillRect(0, 0, f.width(), f.height());
            g.dispose();
        }
        return img;
    }

    static BufferedImage inImage(MapRequest.Frame f, WmsException e, FontCatalog fonts) {
        BufferedImage img = blank(f);
        String text = (e.code() == null ? "" : e.code() + ": ") + e.getMessage();
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Font font = fonts.resolve(FONT, text);
            g.setColor(Color.RED.darker());
            AttributedString as = new AttributedString(text);
            as.addAttribute(TextAttribute.FONT, font);
            FontRenderContext frc = g.getFontRenderContext();
            LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), frc);
            float wrap = Math.max(10, f.width() - 8);
            float y = 4;
            while (m.getPosition() < text.length() && y < f.height()) {
                TextLayout line = m.nextLayout(wrap);
                y += line.getAscent();
                line.draw(g, 4, y);
                y += line.getDescent() + line.getLeading();
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}
