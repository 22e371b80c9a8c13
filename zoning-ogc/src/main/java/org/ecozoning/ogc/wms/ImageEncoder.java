package org.ecozoning.ogc.wms;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes a rendered map (ARGB) in the requested {@link ImageFormat}: PNG with {@link PngEncoder},
 * 8-bit PNG through {@link PaletteQuantizer}, JPEG with ImageIO after flattening onto the
 * background colour (JPEG has no alpha channel).
 */
final class ImageEncoder {
    static final float JPEG_QUALITY = 0.85f;

    private ImageEncoder() { }

    static void encode(BufferedImage img, ImageFormat format, Color background, OutputStream out) throws IOException {
        int w = img.getWidth(), h = img.getHeight();
        int[] argb = argb(img);
        switch (format) {
            case PNG -> PngEncoder.writeArgb(argb, w, h, out);
            case PNG8 -> {
                PaletteQuantizer.Indexed q = PaletteQuantizer.quantize(argb, w * h);
                PngEncoder.writeIndexed(q.indices(), w, h, q.palette(), q.size(), out);
            }
            case JPEG -> jpeg(argb, w, h, background == null ? Color.WHITE : background, out);
        }
    }

    /** The pixels of an image as packed ARGB, without copying when it is a plain INT_ARGB image. */
    static int[] argb(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        if (img.getType() == BufferedImage.TYPE_INT_ARGB && img.getRaster().getDataBuffer() instanceof DataBufferInt d
                && d.getData().length == w * h && img.getRaster().getSampleModelTranslateX() == 0) {
            return d.getData();
        }
        return img.getRGB(0, 0, w, h, null, 0, w);
    }

    private static void jpeg(int[] argb, int w, int h, Color background, OutputStream out) throws IOException {
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        int br = background.getRed(), bg = background.getGreen(), bb = background.getBlue();
        for (int i = 0; i < dst.length; i++) {
            int p = argb[i];
            int a = p >>> 24;
            if (a == 0xFF) {
                dst[i] = p & 0xFFFFFF;
            } else {
                int r = (((p >> 16) & 0xFF) * a + br * (255 - a) + 127) / 255;
                int g = (((p >> 8) & 0xFF) * a + bg * (255 - a) + 127) / 255;
                int b = ((p & 0xFF) * a + bb * (255 - a) + 127) / 255;
                dst[i] = r << 16 | g << 8 | b;
            }
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) throw new IOException("no JPEG writer in this JVM");
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(new NonClosing(out))) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), p);
        } finally {
            writer.dispose();
        }
    }

    /** Keeps ImageIO from closing the response stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void close() throws IOException { out.flush(); }
    }
}
