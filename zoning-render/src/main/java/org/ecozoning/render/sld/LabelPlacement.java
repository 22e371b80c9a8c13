package org.ecozoning.render.sld;

/** Where a label goes relative to its feature. */
public sealed interface LabelPlacement {

    /**
     * At a point (the point itself, or an interior point of an area): the anchor is the fraction of
     * the label box put on the point (0,0 bottom-left; 0.5,0.5 centre), then displaced in pixels
     * (y up) and rotated clockwise in degrees.
     */
    record PointPlacement(double anchorX, double anchorY, double displacementX, double displacementY,
            double rotation) implements LabelPlacement {
        /** SLD default: anchor (0, 0.5), no displacement, no rotation. */
        public static final PointPlacement DEFAULT = new PointPlacement(0, 0.5, 0, 0, 0);
    }

    /** Along a line: centred on its longest segment, rotated with it, offset perpendicular in pixels. */
    record LinePlacement(double perpendicularOffset) implements LabelPlacement { }
}
