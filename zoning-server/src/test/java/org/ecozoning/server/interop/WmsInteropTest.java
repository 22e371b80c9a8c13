package org.ecozoning.server.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.ecozoning.model.ControlUnit;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/**
 * WMS clients nobody here wrote against the real server, as anonymous callers (the public layers):
 * GDAL's WMS driver ({@code gdal_translate} on a {@code WMS:} GetMap URL) renders the province into a
 * PNG of the size the bbox implies, painted in the control-unit style's colours; OWSLib
 * ({@code src/test/python/owslib_wms.py}) reads the 1.3.0 and 1.1.1 capabilities, gets a map and asks
 * GetFeatureInfo at a point inside a known unit.
 */
class WmsInteropTest extends SampleServerClient {

    static final Path OWSLIB_SCRIPT = Path.of("src", "test", "python", "owslib_wms.py").toAbsolutePath();

    /** Shanxi in lon/lat; WMS 1.3.0 with EPSG:4490 wants it as lat/lon. */
    static final double MIN_LON = 110.2, MIN_LAT = 34.5, MAX_LON = 114.6, MAX_LAT = 40.8;

    /** Fill colours of styles/control_units.sld: priority protection, key control (fill-opacity 0.55). */
    static final int PRIORITY_FILL = 0x4CAF50, KEY_FILL = 0xF4511E;
    static final double FILL_OPACITY = 0.55;

    @Test
    void gdalTranslateRendersTheUnitsThroughTheWmsDriver() throws Exception {
        String gdalTranslate = ExternalTool.require("gdal_translate", "gdal-bin").toString();
        String url = "WMS:" + sample.base() + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zoning:control_units"
                + "&STYLES=&CRS=EPSG:4490&FORMAT=image/png"
                + String.format(Locale.ROOT, "&BBOX=%s,%s,%s,%s", MIN_LAT, MIN_LON, MAX_LAT, MAX_LON);
        Path png = dir.resolve("gdal-wms.png");
        Files.deleteIfExists(png);
        ExternalTool.run(List.of(gdalTranslate, "-of", "PNG", "-outsize", "512", "0", url, png.toString())).ok();

        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).as("PNG written by gdal_translate").isNotNull();
        assertThat(img.getWidth()).isEqualTo(512);
        // height from the bbox's aspect: had GDAL read the 1.3.0 bbox as lon/lat, the image would be wide, not tall
        long expectedHeight = Math.round(512 * (MAX_LAT - MIN_LAT) / (MAX_LON - MIN_LON));
        assertThat((long) img.getHeight()).as("height (lat span / lon span × 512)").isBetween(expectedHeight - 1, expectedHeight + 1);

        Set<Integer> colours = new HashSet<>();
        int priority = 0;
        int key = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = img.getRGB(x, y);
                colours.add(argb);
                if (styleColour(argb, PRIORITY_FILL)) {
                    priority++;
                }
                if (styleColour(argb, KEY_FILL)) {
                    key++;
                }
            }
        }
        int pixels = img.getWidth() * img.getHeight();
        assertThat(colours.size()).as("distinct colours").isGreaterThan(2);
        assertThat(priority).as("pixels in the priority-protection fill #4CAF50").isGreaterThan(pixels / 100);
        assertThat(key).as("pixels in the key-control fill #F4511E").isGreaterThan(pixels / 100);
    }

    @Test
    void owslibReadsCapabilitiesMapsAndFeatureInfoIn130And111() throws Exception {
        String python = ExternalTool.require(OwsLibInteropTest.PYTHON, "python3").toString();
        if (ExternalTool.run(List.of(python, "-c", "import owslib.wms")).exit() != 0) {
            ExternalTool.unavailable("Python module owslib (install the Debian package python3-owslib)");
        }
        // a point well inside the largest unit, so the query pixel cannot fall on a neighbour
        ControlUnit unit = sample.server().services().scheme().loaded().scheme().units().stream()
                .max(Comparator.comparingDouble(u -> u.geometry().getArea())).orElseThrow();
        Point p = unit.geometry().getInteriorPoint();
        assertThat(p.getX()).as("lon").isBetween(MIN_LON, MAX_LON);
        assertThat(p.getY()).as("lat").isBetween(MIN_LAT, MAX_LAT);
        String code = unit.code().value();

        ExternalTool.Result r = ExternalTool.run(List.of(python, OWSLIB_SCRIPT.toString(), sample.base(),
                Double.toString(p.getX()), Double.toString(p.getY()), code)).ok();
        assertThat(r.output()).contains("ALL OK").doesNotContain("FAIL")
                .contains("1.3.0: " + "zoning:control_units title 环境管控单元")
                .contains("1.1.1: " + "zoning:control_units title 环境管控单元")
                .contains("1.3.0: GetMap image is 400x560").contains("1.1.1: GetMap image is 400x560")
                .contains("1.3.0: GetFeatureInfo JSON has").contains("incl. unit " + code)
                .contains("1.1.1: GetFeatureInfo text names unit " + code);
    }

    /**
     * Whether a pixel shows a style fill: the colour itself (transparent background, alpha kept apart)
     * or the colour at its fill-opacity over a white background.
     */
    static boolean styleColour(int argb, int fill) {
        if ((argb >>> 24) == 0) {
            return false;
        }
        return near(argb, fill) || near(argb, blendOverWhite(fill));
    }

    static int blendOverWhite(int rgb) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xFF;
            out |= ((int) Math.round(c * FILL_OPACITY + 255 * (1 - FILL_OPACITY))) << shift;
        }
        return out;
    }

    static boolean near(int a, int b) {
        for (int shift = 16; shift >= 0; shift -= 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 14) {
                return false;
            }
        }
        return true;
    }
}
