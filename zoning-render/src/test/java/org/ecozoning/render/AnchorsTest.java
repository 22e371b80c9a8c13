package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class AnchorsTest {
    private static final Envelope WORLD = new Envelope(-10, 10, -10, 10);

    @Test
    void convexAreaIsLabelledAtItsCentroid() {
        Coordinate c = Anchors.areaLabelPoint(Scenes.wkt("POLYGON ((0 0, 4 0, 4 2, 0 2, 0 0))"), WORLD);
        assertThat(c.x).isCloseTo(2, within(1e-9));
        assertThat(c.y).isCloseTo(1, within(1e-9));
    }

    @Test
    void uShapedAreaWhoseCentroidIsOutsideUsesAnInteriorPoint() {
        Geometry u = Scenes.wkt("POLYGON ((0 0, 6 0, 6 6, 5 6, 5 1, 1 1, 1 6, 0 6, 0 0))");
        Coordinate c = Anchors.areaLabelPoint(u, WORLD);
        assertThat(u.contains(new GeometryFactory().createPoint(c))).isTrue();
    }

    @Test
    void largestVisiblePartAndClippingToTheView() {
        Geometry mp = Scenes.wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 0, 8 0, 8 3, 2 3, 2 0)))");
        Coordinate all = Anchors.areaLabelPoint(mp, WORLD);
        assertThat(all.x).isCloseTo(5, within(1e-9));
        // only the left third of the large part is visible: the label moves into it
        Coordinate clipped = Anchors.areaLabelPoint(mp, new Envelope(-1, 4, -1, 4));
        assertThat(clipped.x).isCloseTo(3, within(1e-9));
        assertThat(Anchors.areaLabelPoint(mp, new Envelope(20, 30, 20, 30))).isNull();
    }

    @Test
    void longestSegmentIsClippedToTheImageAndKeptUpright() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(10, 10);
        p.lineTo(20, 10);
        p.lineTo(-500, 60); // long, mostly outside a 100 px wide image, drawn right-to-left
        double[] s = Anchors.longestSegment(p, 100, 100);
        assertThat(s[3]).isLessThan(30);
        assertThat(s[0]).isBetween(0.0, 20.0);
        assertThat(Math.abs(s[2])).isLessThanOrEqualTo(Math.PI / 2);
        Path2D.Double outside = new Path2D.Double();
        outside.moveTo(-10, -10);
        outside.lineTo(-20, -30);
        assertThat(Anchors.longestSegment(outside, 100, 100)).isNull();
    }
}
