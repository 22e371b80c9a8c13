package org.ecozoning.render.sld;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * An SLD {@code Stroke}: colour, width in pixels, opacity, dash pattern, joins and caps.
 *
 * @param dashArray dash lengths in pixels, null for a solid line
 * @param lineJoin one of {@link BasicStroke#JOIN_MITER}, {@code JOIN_ROUND}, {@code JOIN_BEVEL}
 * @param lineCap one of {@link BasicStroke#CAP_BUTT}, {@code CAP_ROUND}, {@code CAP_SQUARE}
 */
public record Stroke(Color color, double width, double opacity, float[] dashArray, float dashOffset,
        int lineJoin, int lineCap) {
    /** SLD default stroke: black, one pixel, solid. */
    public static final Stroke DEFAULT = new Stroke(Color.BLACK, 1, 1, null, 0, BasicStroke.JOIN_MITER, BasicStroke.CAP_BUTT);

    /** The colour with the opacity folded into its alpha. */
    public Color paint() { return Colors.withOpacity(color, opacity); }

    /** The Java2D stroke, optionally scaled (legends draw at swatch size). */
    public BasicStroke toBasicStroke() {
        float w = (float) width;
        if (dashArray == null || dashArray.length == 0) return new BasicStroke(w, lineCap, lineJoin, 10f);
        return new BasicStroke(w, lineCap, lineJoin, 10f, dashArray, dashOffset);
    }
}
