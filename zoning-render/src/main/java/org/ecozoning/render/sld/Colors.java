package org.ecozoning.render.sld;

import java.awt.Color;

/** Colour helpers shared by the parser and the painters. */
public final class Colors {
    private Colors() { }

    /** The colour with its alpha multiplied by an opacity in [0, 1]. */
    public static Color withOpacity(Color c, double opacity) {
        if (opacity >= 1) return c;
        int a = (int) Math.round(Math.max(0, Math.min(1, opacity)) * c.getAlpha());
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    /**
     * Parses an SLD colour: {@code #RRGGBB} or {@code #RGB} (case-insensitive); returns null when
     * the text is not one.
     */
    public static Color parse(String text) {
        String s = text.trim();
        if (s.startsWith("#")) s = s.substring(1);
        else if (s.startsWith("0x") || s.startsWith("0X")) s = s.substring(2);
        if (s.length() == 3) {
            s = "" + s.charAt(0) + s.charAt(0) + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2);
        }
        if (s.length() != 6) return null;
        try {
            return new Color(Integer.parseInt(s, 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
