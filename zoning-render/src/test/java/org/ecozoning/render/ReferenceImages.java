package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Reference images under {@code src/test/resources/reference/}. Run the tests with
 * {@code -Drender.updateReferences=true} to (re)write them deliberately — then look at them before
 * committing; normally a render is compared with its reference within a tolerance. Every render is
 * also written to {@code target/rendered/} for inspection.
 */
final class ReferenceImages {
    static final int CHANNEL_THRESHOLD = 40;
    static final double MAX_DIFFERING = 0.01;
    private static final Path SOURCE = Path.of("src/test/resources/reference");
    private static final Path OUTPUT = Path.of("target/rendered");

    private ReferenceImages() { }

    /** The fraction of pixels of an image that differ from a committed reference. */
    static double differenceFrom(String name, BufferedImage actual) throws IOException {
        try (InputStream in = ReferenceImages.class.getResourceAsStream("/reference/" + name + ".png")) {
            assertThat(in).as("reference image %s.png", name).isNotNull();
            return ImageDiff.fractionDiffering(ImageIO.read(in), actual, CHANNEL_THRESHOLD);
        }
    }

    static void assertMatches(String name, BufferedImage actual) throws IOException {
        Files.createDirectories(OUTPUT);
        ImageIO.write(actual, "png", OUTPUT.resolve(name + ".png").toFile());
        if (Boolean.getBoolean("render.updateReferences")) {
            Files.createDirectories(SOURCE);
            ImageIO.write(actual, "png", SOURCE.resolve(name + ".png").toFile());
            return;
        }
        BufferedImage expected;
        try (InputStream in = ReferenceImages.class.getResourceAsStream("/reference/" + name + ".png")) {
            assertThat(in).as("reference image %s.png (generate with -Drender.updateReferences=true)", name).isNotNull();
            expected = ImageIO.read(in);
        }
        double diff = ImageDiff.fractionDiffering(expected, actual, CHANNEL_THRESHOLD);
        assertThat(diff).as("fraction of pixels differing from reference %s.png (see target/rendered/)", name)
                .isLessThan(MAX_DIFFERING);
    }
}
