package org.ecozoning.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

class WmsLegendTest extends WmsTestSupport {
    static final String LEGEND = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=zoning:control_units";

    /** Number of rows of a legend: runs of image rows with a coloured (non-grey) swatch pixel in the swatch column. */
    static int swatchRows(BufferedImage img) {
        int rows = 0;
        boolean in = false;
        for (int y = 0; y < img.getHeight(); y++) {
            int p = img.getRGB(12, y);
            int r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
            boolean coloured = (p >>> 24) > 0 && (Math.abs(r - g) > 20 || Math.abs(g - b) > 20 || Math.abs(r - b) > 20 || r < 230);
            if (coloured && !in) rows++;
            in = coloured;
        }
        return rows;
    }

    /** Whether there are dark (text) pixels right of the swatches. */
    static boolean hasText(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 32; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if ((p >>> 24) > 128 && ((p >> 16) & 0xFF) < 100 && ((p >> 8) & 0xFF) < 100 && (p & 0xFF) < 100) return true;
            }
        }
        return false;
    }

    @Test
    void legendOfTheDefaultStyleHasOneRowPerDrawingRuleWithChineseTitles() {
        BufferedImage img = image(get(LEGEND));
        assertThat(swatchRows(img)).as("four class rules, labels not listed").isEqualTo(4);
        assertThat(hasText(img)).isTrue();
        // the Chinese titles need more room than a bare swatch
        assertThat(img.getWidth()).isGreaterThan(60);
        assertThat(image(get(LEGEND + "&STYLE=control_units")).getHeight()).isEqualTo(img.getHeight());
    }

    @Test
    void ruleAndScaleSelectRows() {
        BufferedImage one = image(get(LEGEND + "&RULE=key_control"));
        assertThat(swatchRows(one)).isEqualTo(1);
        int p = one.getRGB(12, one.getHeight() / 2);
        assertThat(orangeish(p)).as("the key-control swatch").isTrue();
        // by title as well
        assertThat(swatchRows(image(get(LEGEND + "&RULE=" + WmsGetMapTest.enc(titleOf("key_control")))))).isEqualTo(1);
        String soil = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=soil_zones";
        int all = image(get(soil)).getHeight();
        int large = image(get(soil + "&SCALE=50000")).getHeight();
        int small = image(get(soil + "&SCALE=1000000")).getHeight();
        assertThat(large).isLessThan(all);
        assertThat(small).isLessThan(all);
    }

    private static String titleOf(String rule) {
        return STYLES.get("control_units").rules().stream().filter(r -> rule.equals(r.name())).findFirst().orElseThrow().title();
    }

    @Test
    void sizeFormatsAndTransparency() {
        BufferedImage big = image(get(LEGEND + "&WIDTH=40&HEIGHT=30"));
        BufferedImage normal = image(get(LEGEND));
        assertThat(big.getHeight()).isGreaterThan(normal.getHeight());
        assertThat(big.getWidth()).isGreaterThan(normal.getWidth());
        BufferedImage transparent = image(get(LEGEND + "&TRANSPARENT=TRUE"));
        assertThat(transparent.getRGB(transparent.getWidth() - 1, transparent.getHeight() - 1) >>> 24).isZero();
        assertThat(normal.getRGB(normal.getWidth() - 1, normal.getHeight() - 1)).isEqualTo(0xFFFFFFFF);
        OgcResponse png8 = get(LEGEND.replace("image/png", "image/png8"));
        assertThat(image(png8).getColorModel()).isInstanceOf(IndexColorModel.class);
        OgcResponse jpeg = get(LEGEND.replace("image/png", "image/jpeg"));
        assertThat(image(jpeg).getColorModel().hasAlpha()).isFalse();
        // VERSION may be the SLD version, as some clients send it
        assertThat(image(get(LEGEND.replace("VERSION=1.3.0", "VERSION=1.1.0"))).getHeight()).isEqualTo(normal.getHeight());
        // FORMAT may be omitted
        assertThat(get(LEGEND.replace("&FORMAT=image/png", "")).contentType()).isEqualTo("image/png");
    }

    @Test
    void errors() {
        assertServiceException(get(LEGEND.replace("zoning:control_units", "nope")), "1.3.0", "LayerNotDefined", "LAYER");
        assertServiceException(get(LEGEND.replace("&LAYER=zoning:control_units", "")), "1.3.0", "MissingParameterValue", "LAYER");
        assertServiceException(get(LEGEND + "&STYLE=nope"), "1.3.0", "StyleNotDefined", "STYLES");
        assertServiceException(get(LEGEND + "&RULE=nope"), "1.3.0", "InvalidParameterValue", "RULE");
        assertServiceException(get(LEGEND + "&SCALE=-1"), "1.3.0", "InvalidParameterValue", "SCALE");
        assertServiceException(get(LEGEND + "&WIDTH=100000"), "1.3.0", "InvalidParameterValue", "WIDTH");
        assertServiceException(get(LEGEND.replace("image/png", "image/gif")), "1.3.0", "InvalidFormat", "FORMAT");
        assertServiceException(get(LEGEND.replace("zoning:control_units", "element_zones")), "1.3.0", "InvalidParameterValue", "LAYER");
        assertServiceException(get(LEGEND.replace("1.3.0", "1.1.1").replace("nothing", "") + "&STYLE=nope"), "1.1.1", "StyleNotDefined", null);
    }
}
