package org.ecozoning.render;

import java.awt.image.BufferedImage;

/** Compares two images pixel by pixel: the fraction of pixels whose ARGB channels differ by more than a threshold. */
final class ImageDiff {
    private ImageDiff() { }

    /**
     * @param threshold the largest per-channel difference (0–255) still counted as equal
     * @return the fraction of differing pixels in [0, 1], or 1 when the sizes differ
     */
    static double fractionDiffering(BufferedImage expected, BufferedImage actual, int threshold) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) return 1;
        long differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (channelDiff(expected.getRGB(x, y), actual.getRGB(x, y)) > threshold) differing++;
            }
        }
        return (double) differing / ((long) expected.getWidth() * expected.getHeight());
    }

    /** The largest difference between the four channels of two ARGB values. */
    static int channelDiff(int a, int b) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)));
        }
        return max;
    }
}
