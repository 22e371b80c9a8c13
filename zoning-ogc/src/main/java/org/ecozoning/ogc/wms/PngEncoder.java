package org.ecozoning.ogc.wms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small, fast PNG writer for map images (ImageIO's writer spends most of its time on generic
 * raster plumbing): truecolour with alpha (colour type 6), truecolour without alpha when every
 * pixel is opaque (type 2, a quarter smaller), and palette images with a tRNS chunk (type 3).
 * Rows are written unfiltered: on map images (flat fills, thin antialiased lines) measurements
 * showed the Sub, Up and Paeth filters both slower and 20–40 % larger than no filter, since zlib
 * already finds the repeated pixels. zlib level 3: about twice as fast as the default level 6 for
 * 5–10 % more bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** zlib level (see the class comment). */
    static final int LEVEL = 3;

    /**
     * One zlib stream per thread, reset after each image: creating and ending a Deflater per image
     * allocates and frees zlib's window and hash tables (≈ 260 KB native) every time.
     */
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(LEVEL));

    private PngEncoder() { }

    /** Writes ARGB pixels (row-major, {@code width} per row) as type 6, or type 2 when all are opaque. */
    static void writeArgb(int[] argb, int width, int height, OutputStream out) throws IOException {
        boolean opaque = true;
        for (int i = 0, n = width * height; i < n; i++) {
            if ((argb[i] >>> 24) != 0xFF) {
                opaque = false;
                break;
            }
        }
        int bpp = opaque ? 3 : 4;
        out.write(SIGNATURE);
        header(out, width, height, opaque ? 2 : 6);
        int stride = width * bpp;
        byte[] row = new byte[stride + 1]; // filter type 0 (None) in front
        Deflater deflater = DEFLATER.get();
        try (DeflaterOutputStream z = new DeflaterOutputStream(new ChunkStream(out, "IDAT"), deflater, 65536)) {
            for (int y = 0; y < height; y++) {
                int base = y * width;
                if (opaque) {
                    for (int x = 0, k = 1; x < width; x++) {
                        int p = argb[base + x];
                        row[k++] = (byte) (p >> 16);
                        row[k++] = (byte) (p >> 8);
                        row[k++] = (byte) p;
                    }
                } else {
                    for (int x = 0, k = 1; x < width; x++) {
                        int p = argb[base + x];
                        row[k++] = (byte) (p >> 16);
                        row[k++] = (byte) (p >> 8);
                        row[k++] = (byte) p;
                        row[k++] = (byte) (p >>> 24);
                    }
                }
                z.write(row);
            }
        } finally {
            deflater.reset();
        }
        end(out);
    }

    /**
     * Writes a palette image.
     *
     * @param palette ARGB entries; alpha goes into tRNS (omitted when all entries are opaque)
     */
    static void writeIndexed(byte[] indices, int width, int height, int[] palette, int size, OutputStream out) throws IOException {
        out.write(SIGNATURE);
        header(out, width, height, 3);
        byte[] plte = new byte[size * 3];
        int lastTranslucent = -1;
        for (int i = 0; i < size; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
            if ((palette[i] >>> 24) != 0xFF) lastTranslucent = i;
        }
        chunk(out, "PLTE", plte, plte.length);
        if (lastTranslucent >= 0) {
            byte[] trns = new byte[lastTranslucent + 1];
            for (int i = 0; i <= lastTranslucent; i++) trns[i] = (byte) (palette[i] >>> 24);
            chunk(out, "tRNS", trns, trns.length);
        }
        Deflater deflater = DEFLATER.get();
        try (DeflaterOutputStream z = new DeflaterOutputStream(new ChunkStream(out, "IDAT"), deflater, 65536)) {
            for (int y = 0; y < height; y++) {
                z.write(0);
                z.write(indices, y * width, width);
            }
        } finally {
            deflater.reset();
        }
        end(out);
    }

    private static void header(OutputStream out, int width, int height, int colourType) throws IOException {
        byte[] h = new byte[13];
        int32(h, 0, width);
        int32(h, 4, height);
        h[8] = 8; // bits per sample (or per palette index)
        h[9] = (byte) colourType;
        // compression 0 (zlib), filter method 0, no interlace
        chunk(out, "IHDR", h, h.length);
    }

    private static void end(OutputStream out) throws IOException {
        chunk(out, "IEND", new byte[0], 0);
        out.flush();
    }

    private static void int32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] len = new byte[4];
        int32(len, 0, length);
        out.write(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        byte[] c = new byte[4];
        int32(c, 0, (int) crc.getValue());
        out.write(c);
    }

    /** Buffers compressed bytes and writes them as chunks of one type (IDAT) of up to 64 KiB. */
    private static final class ChunkStream extends OutputStream {
        private final OutputStream out;
        private final String type;
        private final byte[] buf = new byte[65536];
        private int n;

        ChunkStream(OutputStream out, String type) {
            this.out = out;
            this.type = type;
        }

        @Override public void write(int b) throws IOException {
            if (n == buf.length) flushChunk();
            buf[n++] = (byte) b;
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (n == buf.length) flushChunk();
                int k = Math.min(len, buf.length - n);
                System.arraycopy(b, off, buf, n, k);
                n += k;
                off += k;
                len -= k;
            }
        }

        private void flushChunk() throws IOException {
            if (n > 0) chunk(out, type, buf, n);
            n = 0;
        }

        /** Writes the last chunk; the underlying stream stays open (IEND follows). */
        @Override public void close() throws IOException { flushChunk(); }
    }
}
