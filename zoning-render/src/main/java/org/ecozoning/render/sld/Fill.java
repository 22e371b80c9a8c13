package org.ecozoning.render.sld;

import java.awt.Color;

/**
 * An SLD {@code Fill}: a colour with opacity, or a repeated graphic (hatching, dots) when
 * {@code graphicFill} is set, in which case the colour is not painted.
 */
public record Fill(Color color, double opacity, Graphic graphicFill) {
    /** SLD default fill: 50% grey, opaque. */
    public static final Fill DEFAULT = new Fill(new Color(0x808080), 1, null);

    /** The colour with the opacity folded into its alpha. */
    public Color paint() { return Colors.withOpacity(color, opacity); }
}
