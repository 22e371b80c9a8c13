package org.ecozoning.render.sld;

import java.util.List;

/**
 * An SLD {@code Font}: preferred families in order, style and weight, size in pixels. The renderer
 * falls back to a CJK-capable family when none of these can display the label.
 */
public record FontSpec(List<String> families, boolean italic, boolean bold, double size) {
    public static final FontSpec DEFAULT = new FontSpec(List.of(), false, false, 10);

    public FontSpec {
        families = List.copyOf(families);
    }
}
