package org.ecozoning.render;

import java.awt.Color;
import java.util.List;
import org.ecozoning.render.sld.FontSpec;

/**
 * How a legend looks (GetLegendGraphic parameters): swatch size, label font and colour, background
 * (null = transparent), an optional scale denominator (only rules active at that scale are listed;
 * NaN lists all) and an optional title line.
 */
public record LegendOptions(int symbolWidth, int symbolHeight, FontSpec font, Color fontColor, Color background,
        double scaleDenominator, String title) {
    /** 20×20 swatches, 12 px Noto Sans CJK SC, black on white, all rules, no title. */
    public static final LegendOptions DEFAULT = new LegendOptions(20, 20,
            new FontSpec(List.of("Noto Sans CJK SC"), false, false, 12), Color.BLACK, Color.WHITE, Double.NaN, null);

    public LegendOptions {
        if (symbolWidth <= 0 || symbolHeight <= 0) throw new IllegalArgumentException("symbol size must be positive");
        if (font == null) font = DEFAULT.font();
        if (fontColor == null) fontColor = Color.BLACK;
    }

    public LegendOptions withSize(int w, int h) {
        return new LegendOptions(w, h, font, fontColor, background, scaleDenominator, title);
    }

    public LegendOptions withBackground(Color c) {
        return new LegendOptions(symbolWidth, symbolHeight, font, fontColor, c, scaleDenominator, title);
    }

    public LegendOptions withScale(double scale) {
        return new LegendOptions(symbolWidth, symbolHeight, font, fontColor, background, scale, title);
    }

    public LegendOptions withTitle(String t) {
        return new LegendOptions(symbolWidth, symbolHeight, font, fontColor, background, scaleDenominator, t);
    }

    public LegendOptions withFont(FontSpec f) {
        return new LegendOptions(symbolWidth, symbolHeight, f, fontColor, background, scaleDenominator, title);
    }
}
