package org.ecozoning.render.sld;

import java.util.Locale;
import java.util.Set;

/**
 * An SLD {@code Mark}: a well-known shape with a fill and a stroke (either may be null). Shapes:
 * square, circle, triangle, star, cross, x, and the GeoServer hatch marks {@code shape://vertline},
 * {@code shape://horline}, {@code shape://slash}, {@code shape://backslash}, {@code shape://dot},
 * {@code shape://plus}, {@code shape://times}.
 */
public record Mark(String wellKnownName, Fill fill, Stroke stroke) {
    /** Names the renderer draws (lower case). */
    public static final Set<String> KNOWN = Set.of("square", "circle", "triangle", "star", "cross", "x",
            "shape://vertline", "shape://horline", "shape://slash", "shape://backslash", "shape://dot",
            "shape://plus", "shape://times");

    public Mark {
        wellKnownName = wellKnownName == null || wellKnownName.isBlank() ? "square" : wellKnownName.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether this is one of the line-only hatch marks (drawn with the stroke only). */
    public boolean isHatch() {
        return wellKnownName.startsWith("shape://") && !wellKnownName.equals("shape://dot");
    }
}
