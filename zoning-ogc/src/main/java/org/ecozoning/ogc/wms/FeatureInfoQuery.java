package org.ecozoning.ogc.wms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.Query;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.CoordinateArrayTransform;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.render.MapContext;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Finds the features under a pixel of a map for GetFeatureInfo: the pixel centre is mapped to
 * lon/lat, the features within {@link #TOLERANCE_PX} pixels of it are queried (a small box, so
 * sources use their spatial index), only those the layer's style draws at the map's scale are
 * kept ({@link DrawnFeatures}), and they are ranked per layer: areas containing the point first, then
 * the rest by their distance in pixels. At most {@code featureCount} features per layer.
 */
final class FeatureInfoQuery {
    /** How far from the clicked pixel (in pixels) a feature still counts as hit: lines and points are hard to hit exactly. */
    static final int TOLERANCE_PX = 3;

    /** The features found in one layer, best first. */
    record Hits(LayerInfo layer, List<Feature> features) { }

    private final CrsSupport crs;
    private final GeometryFactory gf = new GeometryFactory();

    FeatureInfoQuery(CrsSupport crs) { this.crs = crs; }

    List<Hits> query(MapRequest map, List<MapRequest.Layer> layers, int i, int j, int featureCount) {
        MapRequest.Frame f = map.frame();
        Envelope b = map.bbox();
        double resX = b.getWidth() / f.width(), resY = b.getHeight() / f.height();
        double x = b.getMinX() + (i + 0.5) * resX, y = b.getMaxY() - (j + 0.5) * resY;
        CoordinateArrayTransform inverse = map.crs().inverse(crs);
        double[] centre = {x, y};
        inverse.apply(centre, 1);
        // the tolerance box: its border sampled (8 points) and mapped to lon/lat
        double dx = TOLERANCE_PX * resX, dy = TOLERANCE_PX * resY;
        double[] ring = {x - dx, y - dy, x, y - dy, x + dx, y - dy, x + dx, y, x + dx, y + dy, x, y + dy, x - dx, y + dy, x - dx, y};
        inverse.apply(ring, 8);
        Envelope box = new Envelope();
        for (int k = 0; k < 8; k++) if (Double.isFinite(ring[2 * k]) && Double.isFinite(ring[2 * k + 1])) box.expandToInclude(ring[2 * k], ring[2 * k + 1]);
        List<Hits> out = new ArrayList<>();
        if (box.isNull() || !Double.isFinite(centre[0]) || !Double.isFinite(centre[1])) {
            for (MapRequest.Layer l : layers) out.add(new Hits(l.info(), List.of()));
            return out;
        }
        // lon/lat size of one pixel near the point, to measure distances in pixels
        double pxLon = box.getWidth() / (2 * TOLERANCE_PX), pxLat = box.getHeight() / (2 * TOLERANCE_PX);
        AffineTransformation toPixels = AffineTransformation.scaleInstance(1 / pxLon, 1 / pxLat);
        Point point = gf.createPoint(new Coordinate(centre[0], centre[1]));
        Point pointPx = gf.createPoint(new Coordinate(centre[0] / pxLon, centre[1] / pxLat));
        double metresPerUnit = map.crs().geographic() ? MapContext.METRES_PER_DEGREE : 1;
        double scale = b.getWidth() * metresPerUnit / f.width() / MapContext.PIXEL_SIZE_METRES;
        for (MapRequest.Layer l : layers) {
            if (l.source() == null) {
                out.add(new Hits(l.info(), List.of()));
                continue;
            }
            Predicate<Feature> drawn = DrawnFeatures.of(l.style(), l.source().type(), scale);
            out.add(new Hits(l.info(), layer(l, drawn, box, point, pointPx, toPixels, featureCount)));
        }
        return out;
    }

    private record Ranked(Feature feature, int rank, double distance, int order) { }

    private List<Feature> layer(MapRequest.Layer l, Predicate<Feature> drawn, Envelope box, Point point, Point pointPx,
            AffineTransformation toPixels, int max) {
        FeatureType type = l.source().type();
        Filter bbox = new Filter.Spatial(Filter.SpatialOp.BBOX, Expression.property(type.geometryName()), gf.toGeometry(box), 0);
        Filter filter = l.filter() instanceof Filter.Include ? bbox : new Filter.And(List.of(bbox, l.filter()));
        List<Ranked> ranked = new ArrayList<>();
        try (FeatureCursor c = l.source().features(Query.filter(filter))) {
            int order = 0;
            while (c.hasNext()) {
                Feature f = c.next();
                Geometry g = f.geometry();
                if (g == null || g.isEmpty() || !drawn.test(f)) continue;
                if (g instanceof Polygonal && g.covers(point)) {
                    ranked.add(new Ranked(f, 0, 0, order++));
                    continue;
                }
                double d = toPixels.transform(g).distance(pointPx);
                if (d <= TOLERANCE_PX) ranked.add(new Ranked(f, 1, d, order++));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparingDouble(Ranked::distance).thenComparingInt(Ranked::order));
        List<Feature> out = new ArrayList<>();
        for (int k = 0; k < Math.min(max, ranked.size()); k++) out.add(ranked.get(k).feature());
        return out;
    }
}
