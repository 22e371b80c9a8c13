package org.ecozoning.ogc.wms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reduces an ARGB image to at most 256 colours for 8-bit PNG, alpha included: exact when the image
 * has 256 colours or fewer (flat maps without antialiasing lose nothing), otherwise median cut over
 * a histogram of 4-bit-per-channel ARGB boxes, each palette entry being the count-weighted mean of
 * the true colours it stands for. Fully transparent pixels share entry 0. No dithering (it would
 * speckle the flat fills of maps). Runs of equal pixels are mapped once. Not thread-safe; one per
 * image.
 */
final class PaletteQuantizer {
    /** The result: one palette index per pixel and the palette (ARGB, non-premultiplied). */
    record Indexed(byte[] indices, int[] palette, int size) { }

    private static final int MAX = 256;
    private static final int BUCKETS = 1 << 16;

    private PaletteQuantizer() { }

    static Indexed quantize(int[] argb, int count) {
        Indexed exact = exact(argb, count);
        return exact != null ? exact : medianCut(argb, count);
    }

    private static int normalise(int p) { return (p >>> 24) == 0 ? 0 : p; }

    /** The exact palette when there are at most 256 distinct colours, else null. */
    private static Indexed exact(int[] argb, int count) {
        int[] keys = new int[1024];
        short[] vals = new short[1024];
        boolean[] used = new boolean[1024];
        int[] palette = new int[MAX];
        int size = 0;
        byte[] idx = new byte[count];
        int last = 0, lastIndex = -1;
        for (int i = 0; i < count; i++) {
            int p = normalise(argb[i]);
            if (p == last && lastIndex >= 0) {
                idx[i] = (byte) lastIndex;
                continue;
            }
            int h = (p * 0x9E3779B1) >>> 22;
            while (used[h] && keys[h] != p) h = (h + 1) & 1023;
            int index;
            if (used[h]) {
                index = vals[h];
            } else {
                if (size == MAX) return null;
                used[h] = true;
                keys[h] = p;
                vals[h] = (short) size;
                palette[size] = p;
                index = size++;
            }
            idx[i] = (byte) index;
            last = p;
            lastIndex = index;
        }
        return new Indexed(idx, palette, Math.max(1, size));
    }

    private static int bucket(int p) {
        return ((p >>> 16) & 0xF000) | ((p >>> 12) & 0x0F00) | ((p >>> 8) & 0x00F0) | ((p >>> 4) & 0x000F);
    }

    private static Indexed medianCut(int[] argb, int count) {
        int[] hist = new int[BUCKETS];
        long[] sa = new long[BUCKETS], sr = new long[BUCKETS], sg = new long[BUCKETS], sb = new long[BUCKETS];
        boolean anyTransparent = false;
        for (int i = 0; i < count; i++) {
            int p = argb[i];
            int a = p >>> 24;
            if (a == 0) {
                anyTransparent = true;
                continue;
            }
            int k = bucket(p);
            hist[k]++;
            sa[k] += a;
            sr[k] += (p >> 16) & 0xFF;
            sg[k] += (p >> 8) & 0xFF;
            sb[k] += p & 0xFF;
        }
        int n = 0;
        for (int h : hist) if (h > 0) n++;
        int[] keys = new int[n];
        for (int k = 0, j = 0; k < BUCKETS; k++) if (hist[k] > 0) keys[j++] = k;

        int colours = MAX - (anyTransparent ? 1 : 0);
        List<Box> boxes = new ArrayList<>();
        if (n > 0) boxes.add(new Box(0, n, keys, hist));
        while (boxes.size() < colours) {
            Box best = null;
            for (Box b : boxes) if (b.splittable() && (best == null || b.score() > best.score())) best = b;
            if (best == null) break;
            boxes.remove(best);
            boxes.addAll(best.split(keys, hist));
        }

        short[] map = new short[BUCKETS];
        int[] palette = new int[MAX];
        int size = 0;
        if (anyTransparent) palette[size++] = 0;
        for (Box b : boxes) {
            long c = 0, a = 0, r = 0, g = 0, bl = 0;
            for (int j = b.from; j < b.to; j++) {
                int k = keys[j];
                c += hist[k];
                a += sa[k];
                r += sr[k];
                g += sg[k];
                bl += sb[k];
                map[k] = (short) size;
            }
            palette[size++] = (int) ((a + c / 2) / c) << 24 | (int) ((r + c / 2) / c) << 16 | (int) ((g + c / 2) / c) << 8
                    | (int) ((bl + c / 2) / c);
        }
        byte[] idx = new byte[count];
        int last = 0, lastIndex = -1;
        for (int i = 0; i < count; i++) {
            int p = argb[i];
            if (p == last && lastIndex >= 0) {
                idx[i] = (byte) lastIndex;
                continue;
            }
            int index = (p >>> 24) == 0 ? 0 : map[bucket(p)];
            idx[i] = (byte) index;
            last = p;
            lastIndex = index;
        }
        return new Indexed(idx, palette, Math.max(1, size));
    }

    /** A box of histogram buckets: keys[from, to) with their channel ranges and pixel count. */
    private static final class Box {
        final int from, to;
        final int[] min = new int[4], max = new int[4];
        long pixels;

        Box(int from, int to, int[] keys, int[] hist) {
            this.from = from;
            this.to = to;
            Arrays.fill(min, 15);
            for (int j = from; j < to; j++) {
                int k = keys[j];
                pixels += hist[k];
                for (int c = 0; c < 4; c++) {
                    int v = (k >>> (12 - 4 * c)) & 0xF;
                    if (v < min[c]) min[c] = v;
                    if (v > max[c]) max[c] = v;
                }
            }
        }

        boolean splittable() { return to - from > 1; }

        int widest() {
            int best = 0;
            for (int c = 1; c < 4; c++) if (max[c] - min[c] > max[best] - min[best]) best = c;
            return best;
        }

        /** Larger and more populous boxes are split first (range × √pixels keeps rare edge colours alive). */
        double score() {
            int c = widest();
            return (max[c] - min[c] + 1) * Math.sqrt(pixels);
        }

        List<Box> split(int[] keys, int[] hist) {
            int c = widest();
            int shift = 12 - 4 * c;
            Integer[] part = new Integer[to - from];
            for (int j = from; j < to; j++) part[j - from] = keys[j];
            Arrays.sort(part, (x, y) -> Integer.compare((x >>> shift) & 0xF, (y >>> shift) & 0xF));
            for (int j = from; j < to; j++) keys[j] = part[j - from];
            long half = pixels / 2, acc = 0;
            int cut = from + 1;
            for (int j = from; j < to - 1; j++) {
                acc += hist[keys[j]];
                cut = j + 1;
                if (acc >= half) break;
            }
            return List.of(new Box(from, cut, keys, hist), new Box(cut, to, keys, hist));
        }
    }
}
