package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.ecozoning.render.sld.Style;
import org.junit.jupiter.api.Test;

class LegendRendererTest {
    private final LegendRenderer legends = new LegendRenderer(FontCatalog.system());

    @Test
    void controlUnitsLegendHasOneRowPerDrawingRuleWithSwatchAndChineseTitle() throws IOException {
        Style s = Scenes.style("control_units.sld");
        BufferedImage img = legends.render(s, LegendOptions.DEFAULT);
        // four fill rules; the label-only rule gets no row
        int rows = swatchRows(img);
        assertThat(rows).isEqualTo(4);
        int[] ys = swatchCentres(img);
        Color green = new Color(img.getRGB(14, ys[0]));
        assertThat(green.getGreen()).isGreaterThan(green.getRed() + 40);
        Color red = new Color(img.getRGB(14, ys[1]));
        assertThat(red.getRed()).isGreaterThan(red.getGreen() + 60);
        // text of each row: dark pixels right of the swatch
        for (int y : ys) assertThat(darkPixelsInRow(img, 4 + 20 + 6, y - 6, y + 6)).isGreaterThan(15);
        // "优先保护单元" is six CJK glyphs at 12 px: the legend is wide enough for it
        assertThat(img.getWidth()).isGreaterThan(4 + 20 + 6 + 6 * 11);
        ReferenceImages.assertMatches("legend_control_units", img);
    }

    @Test
    void scaleSelectsRulesAndTitleAddsALine() throws IOException {
        Style soil = Scenes.style("soil_zones.sld");
        BufferedImage all = legends.render(soil, LegendOptions.DEFAULT);
        BufferedImage small = legends.render(soil, LegendOptions.DEFAULT.withScale(1_000_000));
        BufferedImage large = legends.render(soil, LegendOptions.DEFAULT.withScale(50_000));
        assertThat(swatchRows(all)).isEqualTo(2);
        assertThat(small.getHeight()).isLessThan(all.getHeight());
        assertThat(large.getHeight()).isEqualTo(small.getHeight());
        // at small scale the rule is the red triangle marker: its centre is red
        Color marker = new Color(small.getRGB(4 + 10, small.getHeight() / 2 + 1));
        assertThat(marker.getRed()).isGreaterThan(180);
        assertThat(marker.getGreen()).isLessThan(120);
        BufferedImage titled = legends.render(soil, LegendOptions.DEFAULT.withTitle("土壤污染风险管控地块"));
        assertThat(titled.getHeight()).isGreaterThan(all.getHeight() + 10);
    }

    @Test
    void transparentBackgroundAndLineSwatches() throws IOException {
        BufferedImage img = legends.render(Scenes.style("counties.sld"), LegendOptions.DEFAULT.withBackground(null).withSize(30, 16));
        assertThat(new Color(img.getRGB(0, 0), true).getAlpha()).isZero();
        // one row (the label rule has none): at least the swatch plus padding, less than two rows
        assertThat(img.getHeight()).isBetween(16 + 8, 2 * 16 + 8);
        assertThat(swatchRows(img)).isEqualTo(1);
    }

    /** Rows whose swatch column holds non-background pixels, counted as separate vertical runs. */
    private static int swatchRows(BufferedImage img) {
        return swatchCentres(img).length;
    }

    private static int[] swatchCentres(BufferedImage img) {
        java.util.List<Integer> centres = new java.util.ArrayList<>();
        int start = -1;
        for (int y = 0; y <= img.getHeight(); y++) {
            boolean painted = y < img.getHeight() && isPainted(img.getRGB(14, y));
            if (painted && start < 0) start = y;
            if (!painted && start >= 0) {
                centres.add((start + y - 1) / 2);
                start = -1;
            }
        }
        return centres.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isPainted(int argb) {
        Color c = new Color(argb, true);
        return c.getAlpha() > 0 && !(c.getRed() > 245 && c.getGreen() > 245 && c.getBlue() > 245);
    }

    private static int darkPixelsInRow(BufferedImage img, int fromX, int y0, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = fromX; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (c.getRed() < 100 && c.getGreen() < 100 && c.getBlue() < 100) n++;
            }
        }
        return n;
    }
}
