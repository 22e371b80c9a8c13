package org.ecozoning.render.sld;

/**
 * An SLD {@code Graphic}: a well-known mark of a size in pixels, rotated clockwise in degrees,
 * with an opacity. Used for point symbols and for {@code GraphicFill} patterns.
 */
public record Graphic(Mark mark, double size, double rotation, double opacity) {
    /** SLD default: a 6 px grey square. */
    public static final double DEFAULT_SIZE = 6;
}
