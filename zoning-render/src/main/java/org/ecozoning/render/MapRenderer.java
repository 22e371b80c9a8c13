package org.ecozoning.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.Query;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.render.sld.FeatureTypeStyle;
import org.ecozoning.render.sld.LabelPlacement;
import org.ecozoning.render.sld.Rule;
import org.ecozoning.render.sld.Symbolizer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Draws a {@link MapContext} into an ARGB image with Java2D (antialiased): for each layer, only
 * the rules active at the map's scale, only the features whose envelope meets the map (the rule
 * filters are pushed into the query when no else-rule needs the rest), each feature transformed
 * once and decimated to half a pixel, feature type styles drawn as successive passes; labels of
 * all layers are placed last with conflict resolution. Thread-safe: one instance serves all requests.
 */
public final class MapRenderer {
    /** Pixels added around the map when querying, so that marks and strokes at the edge are not cut off. */
    private static final int QUERY_MARGIN_PX = 8;

    private final FontCatalog fonts;

    public MapRenderer(FontCatalog fonts) {
        this.fonts = fonts;
    }

    public FontCatalog fonts() { return fonts; }

    /** Renders the map. */
    public BufferedImage render(MapContext ctx) {
        return render(ctx, null);
    }

    /** Renders the map and reports how many labels were placed and drawn (diagnostics, tests). */
    public BufferedImage render(MapContext ctx, RenderStats stats) {
        BufferedImage img = new BufferedImage(ctx.width(), ctx.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
            if (ctx.background() != null) {
                g.setColor(ctx.background());
                g.fillRect(0, 0, ctx.width(), ctx.height());
            }
            Pass pass = new Pass(ctx, g);
            for (MapLayer layer : ctx.layers()) pass.layer(layer);
            int drawn = pass.labels.paint(g);
            if (stats != null) {
                stats.features = pass.features;
                stats.labelCandidates = pass.labels.candidateCount();
                stats.labelsDrawn = drawn;
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Counters of one render. */
    public static final class RenderStats {
        int features;
        int labelCandidates;
        int labelsDrawn;

        /** Features read from the sources. */
        public int features() { return features; }

        public int labelCandidates() { return labelCandidates; }

        public int labelsDrawn() { return labelsDrawn; }
    }

    /** The state of one render. */
    private final class Pass {
        final MapContext ctx;
        final Graphics2D g;
        final double scale;
        final ScreenTransform screen;
        final SymbolPainter painter = new SymbolPainter();
        final LabelEngine labels;
        final GeometryFactory gf = new GeometryFactory();
        int features;
        /** Whether the current layer's paths are simplified (not when a stroke is dashed). */
        boolean simplify = true;

        Pass(MapContext ctx, Graphics2D g) {
            this.ctx = ctx;
            this.g = g;
            this.scale = ctx.scaleDenominator();
            this.screen = new ScreenTransform(ctx);
            this.labels = new LabelEngine(ctx.width(), ctx.height());
        }

        void layer(MapLayer layer) {
            FeatureType type = layer.source().type();
            List<List<Rule>> passes = new ArrayList<>();
            boolean anyElse = false, anyUnfiltered = false;
            List<Filter> ruleFilters = new ArrayList<>();
            for (FeatureTypeStyle fts : layer.style().featureTypeStyles()) {
                List<Rule> active = new ArrayList<>();
                for (Rule r : fts.rules()) {
                    if (!r.appliesAt(scale) || r.symbolizers().isEmpty()) continue;
                    Rule bound = new Rule(r.name(), r.title(), r.abstractText(), FilterBinding.bind(r.filter(), type),
                            r.elseFilter(), r.minScale(), r.maxScale(), r.symbolizers());
                    active.add(bound);
                    if (r.elseFilter()) anyElse = true;
                    else if (bound.filter() instanceof Filter.Include) anyUnfiltered = true;
                    else ruleFilters.add(bound.filter());
                }
                if (!active.isEmpty()) passes.add(active);
            }
            if (passes.isEmpty()) return;
            simplify = !anyDashed(passes);

            Query query = Query.filter(queryFilter(layer, type, anyElse || anyUnfiltered ? null : ruleFilters));
            if (passes.size() == 1) {
                try (FeatureCursor cursor = layer.source().features(query)) {
                    while (cursor.hasNext()) {
                        features++;
                        draw(cursor.next(), passes.get(0), null);
                    }
                }
            } else {
                List<Feature> all = new ArrayList<>();
                try (FeatureCursor cursor = layer.source().features(query)) {
                    while (cursor.hasNext()) all.add(cursor.next());
                }
                features += all.size();
                Path2D.Float[] paths = new Path2D.Float[all.size()];
                for (List<Rule> rules : passes) {
                    for (int i = 0; i < all.size(); i++) {
                        Shape cache = new Shape(paths[i]);
                        draw(all.get(i), rules, cache);
                        paths[i] = cache.path;
                    }
                }
            }
        }

        private static boolean anyDashed(List<List<Rule>> passes) {
            for (List<Rule> rules : passes) {
                for (Rule r : rules) {
                    for (Symbolizer s : r.symbolizers()) {
                        org.ecozoning.render.sld.Stroke st = switch (s) {
                            case Symbolizer.Polygon p -> p.stroke();
                            case Symbolizer.Line l -> l.stroke();
                            default -> null;
                        };
                        if (st != null && st.dashArray() != null && st.dashArray().length > 0) return true;
                    }
                }
            }
            return false;
        }

        private Filter queryFilter(MapLayer layer, FeatureType type, List<Filter> ruleFilters) {
            Envelope q = new Envelope(ctx.lonLatBbox());
            q.expandBy(ctx.lonLatBbox().getWidth() / ctx.width() * QUERY_MARGIN_PX,
                    ctx.lonLatBbox().getHeight() / ctx.height() * QUERY_MARGIN_PX);
            List<Filter> parts = new ArrayList<>();
            parts.add(new Filter.Spatial(Filter.SpatialOp.BBOX, Expression.property(type.geometryName()), gf.toGeometry(q), 0));
            if (!(layer.filter() instanceof Filter.Include)) parts.add(FilterBinding.bind(layer.filter(), type));
            if (ruleFilters != null && !ruleFilters.isEmpty()) {
                parts.add(ruleFilters.size() == 1 ? ruleFilters.get(0) : new Filter.Or(ruleFilters));
            }
            return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
        }

        /** Draws one feature with the rules of one pass (non-else rules that match, else the else-rules). */
        private void draw(Feature f, List<Rule> rules, Shape cache) {
            Geometry geom = f.geometry();
            if (geom == null || geom.isEmpty()) return;
            if (cache == null) cache = new Shape(null);
            boolean matched = false;
            for (Rule r : rules) {
                if (!r.elseFilter() && r.filter().test(f)) {
                    matched = true;
                    symbolize(f, geom, r, cache);
                }
            }
            if (!matched) {
                for (Rule r : rules) if (r.elseFilter()) symbolize(f, geom, r, cache);
            }
        }

        private void symbolize(Feature f, Geometry geom, Rule rule, Shape cache) {
            for (Symbolizer s : rule.symbolizers()) {
                switch (s) {
                    case Symbolizer.Polygon p -> {
                        if (geom instanceof Puntal) {
                            continue;
                        }
                        Path2D.Float path = cache.path(geom, screen, simplify);
                        if (path == null) continue;
                        if (p.fill() != null) painter.fill(g, path, p.fill());
                        if (p.stroke() != null) painter.stroke(g, path, p.stroke());
                    }
                    case Symbolizer.Line l -> {
                        if (geom instanceof Puntal) continue;
                        Path2D.Float path = cache.path(geom, screen, simplify);
                        if (path != null) painter.stroke(g, path, l.stroke());
                    }
                    case Symbolizer.Point p -> {
                        if (geom instanceof Puntal) {
                            for (Coordinate c : geom.getCoordinates()) markAt(c, p);
                        } else {
                            Coordinate c = Anchors.interiorPoint(geom);
                            if (c != null) markAt(c, p);
                        }
                    }
                    case Symbolizer.Text t -> label(f, geom, t, cache);
                }
            }
        }

        private void markAt(Coordinate c, Symbolizer.Point p) {
            Point2D.Double sp = screen.point(c.x, c.y);
            double r = p.graphic().size();
            if (sp.x < -r || sp.y < -r || sp.x > ctx.width() + r || sp.y > ctx.height() + r) return;
            painter.mark(g, sp.x, sp.y, p.graphic());
        }

        private void label(Feature f, Geometry geom, Symbolizer.Text t, Shape cache) {
            String text = t.label().evaluate(f);
            if (text == null || text.isBlank()) return;
            text = text.strip();
            double priority = priority(f, t);
            Font font = fonts.resolve(t.font(), text);
            LabelPlacement placement = t.placement();
            if (geom instanceof Lineal) {
                Path2D.Float path = cache.path(geom, screen, simplify);
                if (path == null) return;
                double[] seg = Anchors.longestSegment(path, ctx.width(), ctx.height());
                if (seg == null) return;
                if (placement instanceof LabelPlacement.LinePlacement lp) {
                    labels.add(text, font, t, seg[0], seg[1], 0.5, 0.5, 0, lp.perpendicularOffset(), seg[2], priority);
                } else {
                    LabelPlacement.PointPlacement pp = (LabelPlacement.PointPlacement) placement;
                    labels.add(text, font, t, seg[0], seg[1], pp.anchorX(), pp.anchorY(), pp.displacementX(),
                            pp.displacementY(), Math.toRadians(pp.rotation()), priority);
                }
                return;
            }
            Coordinate c;
            if (geom instanceof Polygonal) c = Anchors.areaLabelPoint(geom, ctx.lonLatBbox());
            else if (geom instanceof Puntal) c = geom.getCoordinate();
            else c = Anchors.interiorPoint(geom);
            if (c == null) return;
            Point2D.Double sp = screen.point(c.x, c.y);
            if (placement instanceof LabelPlacement.PointPlacement pp) {
                labels.add(text, font, t, sp.x, sp.y, pp.anchorX(), pp.anchorY(), pp.displacementX(), pp.displacementY(),
                        Math.toRadians(pp.rotation()), priority);
            } else {
                labels.add(text, font, t, sp.x, sp.y, 0.5, 0.5, 0, 0, 0, priority);
            }
        }

        private double priority(Feature f, Symbolizer.Text t) {
            if (t.priority() == null) return 0;
            Object v = t.priority().evaluate(f);
            if (v instanceof Number n) return n.doubleValue();
            if (v == null) return 0;
            try {
                return Double.parseDouble(v.toString().trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    /** The pixel path of one feature, built on first use and shared by its symbolizers and passes. */
    private static final class Shape {
        Path2D.Float path;
        boolean built;

        Shape(Path2D.Float path) {
            this.path = path;
            this.built = path != null;
        }

        Path2D.Float path(Geometry geom, ScreenTransform screen, boolean simplified) {
            if (!built) {
                path = screen.path(geom, simplified);
                built = true;
            }
            return path;
        }
    }
}
