package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class ScreenTransformTest {
    private static final GeometryFactory GF = new GeometryFactory();
    // 1 px = 0.001 degree
    private static final MapContext CTX = MapContext.geographic(new Envelope(112.0, 112.2, 37.0, 37.2), 200, 200).build();

    private static int vertices(Path2D p) {
        int n = 0;
        for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(new double[6]) != PathIterator.SEG_CLOSE) n++;
        }
        return n;
    }

    @Test
    void verticesCloserThanHalfAPixelAreDropped() {
        Coordinate[] c = new Coordinate[10_001];
        for (int i = 0; i <= 10_000; i++) c[i] = new Coordinate(112.01 + i * 0.00001, 37.1 + (i % 2) * 0.00002);
        LineString dense = GF.createLineString(c);
        Path2D.Float path = new ScreenTransform(CTX).path(dense);
        assertThat(path).isNotNull();
        // 0.1 degree = 100 px long: at most one vertex per half pixel
        assertThat(vertices(path)).isBetween(2, 201);
        assertThat(path.getBounds2D().getWidth()).isCloseTo(100, org.assertj.core.api.Assertions.within(0.01));
        assertThat(path.getBounds2D().getMinY()).isCloseTo(100, org.assertj.core.api.Assertions.within(0.05));
    }

    @Test
    void subPixelGeometryIsSkippedAndHolesAreKept() {
        ScreenTransform t = new ScreenTransform(CTX);
        assertThat(t.path(Scenes.wkt("POLYGON ((112.1 37.1, 112.1002 37.1, 112.1002 37.1002, 112.1 37.1))"))).isNull();
        Path2D.Float donut = t.path(Scenes.wkt("POLYGON ((112.05 37.05, 112.15 37.05, 112.15 37.15, 112.05 37.15, 112.05 37.05),"
                + " (112.08 37.08, 112.12 37.08, 112.12 37.12, 112.08 37.12, 112.08 37.08))"));
        assertThat(donut.contains(60, 60)).isTrue();
        assertThat(donut.contains(100, 100)).isFalse();
        assertThat(donut.getWindingRule()).isEqualTo(Path2D.WIND_EVEN_ODD);
    }

    @Test
    void theMapperIsCalledOncePerRingWithTheSurvivingVertices() {
        List<Integer> calls = new ArrayList<>();
        CoordinateMapper shift = (xy, n) -> {
            calls.add(n);
            for (int i = 0; i < n; i++) xy[2 * i] += 1;
        };
        MapContext ctx = MapContext.projected(new Envelope(113.0, 113.2, 37.0, 37.2), 200, 200).mapper(shift)
                .lonLatBbox(new Envelope(112.0, 112.2, 37.0, 37.2)).build();
        Path2D.Float p = new ScreenTransform(ctx).path(Scenes.wkt(
                "MULTIPOLYGON (((112.05 37.05, 112.15 37.05, 112.15 37.15, 112.05 37.05)), ((112.16 37.16, 112.19 37.16, 112.19 37.19, 112.16 37.16)))"));
        assertThat(calls).containsExactly(4, 4);
        assertThat(p.getBounds2D().getMinX()).isCloseTo(50, org.assertj.core.api.Assertions.within(1e-3));
    }

    /** A 100 px zigzag line whose vertices are 2 px apart and stray {@code amplitudePx} off the axis. */
    private static LineString zigzag(double amplitudePx) {
        Coordinate[] c = new Coordinate[51];
        for (int i = 0; i <= 50; i++) c[i] = new Coordinate(112.05 + i * 0.002, 37.1 + (i % 2) * amplitudePx * 0.001);
        return GF.createLineString(c);
    }

    @Test
    void nearlyCollinearVerticesAreSimplifiedAway() {
        // 0.1 px off the line: one segment is left; 2 px off: every vertex stays
        assertThat(vertices(new ScreenTransform(CTX).path(zigzag(0.1)))).isEqualTo(2);
        assertThat(vertices(new ScreenTransform(CTX).path(zigzag(2)))).isEqualTo(51);
    }

    @Test
    void unsimplifiedPathsKeepEveryVertexBeyondHalfAPixel() {
        assertThat(vertices(new ScreenTransform(CTX).path(zigzag(0.1), false))).isEqualTo(51);
    }

    @Test
    void aSimplifiedRingKeepsItsCornersAndStaysClosed() {
        // a square with 1 px spaced vertices along its sides: only the 4 corners (+ the closing vertex) are needed
        List<Coordinate> c = new ArrayList<>();
        for (int i = 0; i < 50; i++) c.add(new Coordinate(112.05 + i * 0.001, 37.05));
        for (int i = 0; i < 50; i++) c.add(new Coordinate(112.1, 37.05 + i * 0.001));
        for (int i = 0; i < 50; i++) c.add(new Coordinate(112.1 - i * 0.001, 37.1));
        for (int i = 0; i < 50; i++) c.add(new Coordinate(112.05, 37.1 - i * 0.001));
        c.add(new Coordinate(112.05, 37.05));
        Path2D.Float p = new ScreenTransform(CTX).path(GF.createPolygon(c.toArray(new Coordinate[0])));
        assertThat(vertices(p)).isEqualTo(5);
        assertThat(p.getBounds2D().getWidth()).isCloseTo(50, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(p.contains(75, 125)).isTrue();
    }
}
