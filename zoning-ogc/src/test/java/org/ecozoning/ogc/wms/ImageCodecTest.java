package org.ecozoning.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG writer and the palette quantiser against ImageIO's reader. */
class ImageCodecTest {

    static BufferedImage read(byte[] b) throws Exception { return ImageIO.read(new ByteArrayInputStream(b)); }

    static int[] argb(BufferedImage img) { return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()); }

    static BufferedImage noise(int w, int h, boolean alpha, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) img.setRGB(x, y, (alpha ? r.nextInt(256) << 24 : 0xFF000000) | r.nextInt(1 << 24));
        }
        return img;
    }

    @Test
    void truecolourPngRoundTripsExactly() throws Exception {
        for (boolean alpha : new boolean[] {true, false}) {
            BufferedImage img = noise(37, 23, alpha, 7);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngEncoder.writeArgb(argb(img), 37, 23, out);
            byte[] png = out.toByteArray();
            assertThat(png[25]).isEqualTo((byte) (alpha ? 6 : 2));
            BufferedImage back = read(png);
            int[] a = argb(img), b = argb(back);
            for (int i = 0; i < a.length; i++) {
                if ((a[i] >>> 24) == 0) assertThat(b[i] >>> 24).isZero(); // colour of invisible pixels is irrelevant
                else assertThat(b[i]).isEqualTo(a[i]);
            }
        }
    }

    @Test
    void fewColoursGiveAnExactPalette() throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 200, 40, 140));
        g.fillRect(5, 5, 30, 20);
        g.setColor(Color.RED);
        g.fillRect(30, 20, 30, 20);
        g.dispose();
        int[] px = argb(img);
        PaletteQuantizer.Indexed q = PaletteQuantizer.quantize(px, px.length);
        assertThat(q.size()).as("transparent, translucent green, opaque red").isEqualTo(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.writeIndexed(q.indices(), 64, 48, q.palette(), q.size(), out);
        BufferedImage back = read(out.toByteArray());
        assertThat(back.getColorModel()).isInstanceOf(IndexColorModel.class);
        int[] b = argb(back);
        for (int i = 0; i < px.length; i++) {
            if ((px[i] >>> 24) == 0) assertThat(b[i] >>> 24).isZero();
            else assertThat(b[i]).isEqualTo(px[i]);
        }
    }

    @Test
    void manyColoursAreReducedToAtMost256CloseOnes() throws Exception {
        // an antialiased map-like picture: many blended edge colours over flat fills, with transparency
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random r = new Random(3);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 80 + r.nextInt(176)));
            g.fillOval(r.nextInt(280), r.nextInt(180), 10 + r.nextInt(120), 10 + r.nextInt(80));
        }
        g.dispose();
        int[] px = argb(img);
        Set<Integer> distinct = new HashSet<>();
        for (int p : px) distinct.add(p);
        assertThat(distinct.size()).as("the test picture needs more than 256 colours").isGreaterThan(1000);
        PaletteQuantizer.Indexed q = PaletteQuantizer.quantize(px, px.length);
        assertThat(q.size()).isBetween(200, 256);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.writeIndexed(q.indices(), 300, 200, q.palette(), q.size(), out);
        int[] b = argb(read(out.toByteArray()));
        long err = 0;
        int far = 0;
        for (int i = 0; i < px.length; i++) {
            if ((px[i] >>> 24) == 0) {
                assertThat(b[i] >>> 24).isZero();
                continue;
            }
            int d = WmsGetMapTest.maxChannelDiff(px[i], b[i]);
            err += d;
            if (d > 48) far++;
        }
        assertThat((double) err / px.length).as("mean channel error").isLessThan(8);
        assertThat(far).as("pixels off by more than 48").isLessThan(px.length / 100);
    }

    @Test
    void singleColourImage() throws Exception {
        int[] px = new int[10 * 10];
        java.util.Arrays.fill(px, 0xFF336699);
        PaletteQuantizer.Indexed q = PaletteQuantizer.quantize(px, px.length);
        assertThat(q.size()).isEqualTo(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.writeIndexed(q.indices(), 10, 10, q.palette(), q.size(), out);
        assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("tRNS");
        assertThat(read(out.toByteArray()).getRGB(5, 5)).isEqualTo(0xFF336699);
    }
}
