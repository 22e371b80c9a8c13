package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureSource;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.feature.Query;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.render.sld.SldParser;
import org.ecozoning.render.sld.Style;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapRendererTest {
    private static final FontCatalog FONTS = FontCatalog.system();
    private static final Envelope TAIYUAN = new Envelope(112.40, 112.62, 37.64, 37.82);

    private final MapRenderer renderer = new MapRenderer(FONTS);

    private static int[] px(MapContext ctx, double lon, double lat) {
        Envelope b = ctx.lonLatBbox();
        return new int[] {(int) ((lon - b.getMinX()) / b.getWidth() * ctx.width()),
                (int) ((b.getMaxY() - lat) / b.getHeight() * ctx.height())};
    }

    private static Color colour(BufferedImage img, int[] p) {
        return new Color(img.getRGB(p[0], p[1]), true);
    }

    @Test
    void controlUnitsAtLargeScaleAreColouredByClassAndLabelled() throws IOException {
        MapContext ctx = MapContext.geographic(TAIYUAN, 440, 360)
                .layer(new MapLayer(Scenes.units(), Scenes.style("control_units.sld"))).build();
        assertThat(ctx.scaleDenominator()).isBetween(150_000.0, 250_000.0);
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        BufferedImage img = renderer.render(ctx, stats);

        assertThat(stats.features()).isEqualTo(4);
        assertThat(stats.labelCandidates()).isEqualTo(4);
        assertThat(stats.labelsDrawn()).isEqualTo(4);
        // corners of each unit (away from labels): semi-transparent class colours over white
        Color green = colour(img, px(ctx, 112.425, 37.795));
        assertThat(green.getGreen()).isGreaterThan(green.getRed() + 40).isGreaterThan(green.getBlue() + 40);
        Color red = colour(img, px(ctx, 112.505, 37.725));
        assertThat(red.getRed()).isGreaterThan(red.getGreen() + 60).isGreaterThan(red.getBlue() + 60);
        Color yellowGrey = colour(img, px(ctx, 112.425, 37.665));
        assertThat(yellowGrey.getRed()).isGreaterThan(yellowGrey.getBlue() + 20);
        Color elseGrey = colour(img, px(ctx, 112.595, 37.665));
        assertThat(Math.abs(elseGrey.getRed() - elseGrey.getBlue())).isLessThan(12);
        assertThat(elseGrey.getRed()).isBetween(150, 235);
        // the hole of the key-control unit stays background white
        assertThat(colour(img, px(ctx, 112.545, 37.745))).isEqualTo(Color.WHITE);
        // outside all units: white background
        assertThat(colour(img, px(ctx, 112.61, 37.81))).isEqualTo(Color.WHITE);
        ReferenceImages.assertMatches("control_units_200k", img);
    }

    @Test
    void theReferenceComparisonNoticesAChangedStyle() throws IOException {
        MapContext ctx = MapContext.geographic(TAIYUAN, 440, 360)
                .layer(new MapLayer(Scenes.units(), Scenes.style("land_zones.sld"))).build();
        assertThat(ReferenceImages.differenceFrom("control_units_200k", renderer.render(ctx))).isGreaterThan(0.2);
        BufferedImage blank = new BufferedImage(440, 360, BufferedImage.TYPE_INT_ARGB);
        assertThat(ImageDiff.fractionDiffering(blank, blank, 0)).isZero();
        BufferedImage other = new BufferedImage(440, 360, BufferedImage.TYPE_INT_ARGB);
        other.setRGB(0, 0, 0xFF000000);
        assertThat(ImageDiff.fractionDiffering(blank, other, 40)).isEqualTo(1.0 / (440 * 360));
        assertThat(ImageDiff.fractionDiffering(blank, new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB), 40)).isEqualTo(1);
    }

    @Test
    void labelsAreOffAtSmallScalesByMaxScaleDenominator() throws IOException {
        MapContext ctx = MapContext.geographic(new Envelope(112.0, 113.0, 37.3, 38.1), 440, 360)
                .layer(new MapLayer(Scenes.units(), Scenes.style("control_units.sld"))).build();
        assertThat(ctx.scaleDenominator()).isGreaterThan(250_000);
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        renderer.render(ctx, stats);
        assertThat(stats.features()).isEqualTo(4);
        assertThat(stats.labelCandidates()).isZero();
    }

    @Test
    void linesPointsMarksHatchingAndSe11StyleOnTransparentBackground() throws IOException {
        Style places;
        try (InputStream in = getClass().getResourceAsStream("/places-se11.sld")) {
            places = new SldParser().parse(in).defaultStyle();
        }
        MapContext ctx = MapContext.geographic(TAIYUAN, 440, 360).transparent()
                .layer(new MapLayer(Scenes.zones(), Scenes.style("river_zones.sld")))
                .layer(new MapLayer(Scenes.places(), places)).build();
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        BufferedImage img = renderer.render(ctx, stats);
        // empty corner is transparent
        assertThat(new Color(img.getRGB(2, 2), true).getAlpha()).isZero();
        // the star point (112.47, 37.775) is red in its centre
        Color star = colour(img, px(ctx, 112.47, 37.775));
        assertThat(star.getRed()).isGreaterThan(180);
        assertThat(star.getGreen()).isLessThan(80);
        // zone labels + river label + 6 point labels are candidates; the dense ones may collide
        assertThat(stats.labelCandidates()).isEqualTo(2 + 1 + 6);
        assertThat(stats.labelsDrawn()).isGreaterThanOrEqualTo(5);
        // the hatched 1 km zone has both hatch-coloured and unpainted pixels inside it
        int hatch = 0, clear = 0;
        for (int x = px(ctx, 112.432, 0)[0]; x < px(ctx, 112.468, 0)[0]; x++) {
            int a = new Color(img.getRGB(x, px(ctx, 0, 37.69)[1]), true).getAlpha();
            if (a > 100) hatch++;
            if (a == 0) clear++;
        }
        assertThat(hatch).isGreaterThan(3);
        assertThat(clear).isGreaterThan(3);
        ReferenceImages.assertMatches("zones_places_transparent", img);
    }

    @Test
    void overlappingLabelsOnlyTheHigherPriorityOneIsDrawn() {
        Style style = Scenes.inline(labelStyle("<ogc:PropertyName>rank</ogc:PropertyName>"));
        MemoryFeatureSource src = new MemoryFeatureSource(Scenes.PLACES, List.of(
                new Feature(Scenes.PLACES, "a", new Object[] {"甲地名称", "red", 1L}, Scenes.wkt("POINT (112.50 37.73)")),
                new Feature(Scenes.PLACES, "b", new Object[] {"乙地名称", "blue", 5L}, Scenes.wkt("POINT (112.501 37.7305)"))));
        MapContext ctx = MapContext.geographic(TAIYUAN, 300, 240).layer(new MapLayer(src, style)).build();
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        BufferedImage img = renderer.render(ctx, stats);
        assertThat(stats.labelCandidates()).isEqualTo(2);
        assertThat(stats.labelsDrawn()).isEqualTo(1);
        assertThat(countPixels(img, c -> c.getBlue() > 150 && c.getRed() < 80 && c.getGreen() < 80)).isGreaterThan(20);
        assertThat(countPixels(img, c -> c.getRed() > 150 && c.getBlue() < 80 && c.getGreen() < 80)).isZero();
    }

    @Test
    void distantLabelsAreBothDrawn() {
        Style style = Scenes.inline(labelStyle("<ogc:PropertyName>rank</ogc:PropertyName>"));
        MemoryFeatureSource src = new MemoryFeatureSource(Scenes.PLACES, List.of(
                new Feature(Scenes.PLACES, "a", new Object[] {"甲地名称", "red", 1L}, Scenes.wkt("POINT (112.45 37.70)")),
                new Feature(Scenes.PLACES, "b", new Object[] {"乙地名称", "blue", 5L}, Scenes.wkt("POINT (112.56 37.78)"))));
        MapContext ctx = MapContext.geographic(TAIYUAN, 300, 240).layer(new MapLayer(src, style)).build();
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        BufferedImage img = renderer.render(ctx, stats);
        assertThat(stats.labelsDrawn()).isEqualTo(2);
        assertThat(countPixels(img, c -> c.getRed() > 150 && c.getBlue() < 80 && c.getGreen() < 80)).isGreaterThan(20);
    }

    /** Points labelled with name, text coloured by kind (red/blue), priority from an expression. */
    private static String labelStyle(String priority) {
        String rule = """
                <Rule><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>%s</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
                <TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label>
                <Font><CssParameter name="font-size">16</CssParameter></Font>
                <LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint></PointPlacement></LabelPlacement>
                <Halo><Radius>2</Radius></Halo>
                <Fill><CssParameter name="fill">%s</CssParameter></Fill>
                <Priority>%s</Priority></TextSymbolizer></Rule>""";
        return "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\">"
                + "<NamedLayer><Name>p</Name><UserStyle><FeatureTypeStyle>"
                + rule.formatted("red", "#FF0000", priority) + rule.formatted("blue", "#0000FF", priority)
                + "</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
    }

    private static int countPixels(BufferedImage img, java.util.function.Predicate<Color> p) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if (p.test(new Color(img.getRGB(x, y), true))) n++;
        }
        return n;
    }

    @Test
    void ruleFiltersAndTheMapExtentArePushedIntoTheQuery() throws IOException {
        RecordingSource src = new RecordingSource(Scenes.units());
        Style style = Scenes.inline("""
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
                <NamedLayer><Name>u</Name><UserStyle><FeatureTypeStyle>
                <Rule><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>KEY_CONTROL</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
                <PolygonSymbolizer><Fill><CssParameter name="fill">#FF0000</CssParameter></Fill></PolygonSymbolizer></Rule>
                </FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>""");
        MapContext ctx = MapContext.geographic(TAIYUAN, 200, 160).layer(new MapLayer(src, style)).build();
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        renderer.render(ctx, stats);
        assertThat(src.queries).hasSize(1);
        Filter.And and = (Filter.And) src.queries.get(0).filter();
        assertThat(and.filters().get(0)).isInstanceOf(Filter.Spatial.class);
        assertThat(((Filter.Spatial) and.filters().get(0)).geometry().getEnvelopeInternal().contains(TAIYUAN)).isTrue();
        assertThat(and.filters().get(1)).isInstanceOf(Filter.Compare.class);
        assertThat(stats.features()).isEqualTo(1);

        // with an else-rule every feature in view is needed: no rule filter in the query
        RecordingSource src2 = new RecordingSource(Scenes.units());
        renderer.render(MapContext.geographic(TAIYUAN, 200, 160).layer(new MapLayer(src2, Scenes.style("control_units.sld"))).build());
        assertThat(src2.queries.get(0).filter()).isInstanceOf(Filter.Spatial.class);
    }

    @Test
    void layersWithoutActiveRulesAreNotQueriedAndFeaturesOutsideTheMapAreNotRead() throws IOException {
        RecordingSource src = new RecordingSource(Scenes.units());
        Style labelsOnly = Scenes.inline("""
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
                <NamedLayer><Name>u</Name><UserStyle><FeatureTypeStyle><Rule><MaxScaleDenominator>1000</MaxScaleDenominator>
                <PolygonSymbolizer/></Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>""");
        renderer.render(MapContext.geographic(TAIYUAN, 200, 160).layer(new MapLayer(src, labelsOnly)).build());
        assertThat(src.queries).isEmpty();

        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        renderer.render(MapContext.geographic(new Envelope(112.40, 112.49, 37.73, 37.79), 200, 160)
                .layer(new MapLayer(Scenes.units(), Scenes.style("control_units.sld"))).build(), stats);
        assertThat(stats.features()).isEqualTo(1);
    }

    @Test
    void layerFilterRestrictsFeatures() throws IOException {
        Filter onlyGeneral = new Filter.Compare(Filter.CompareOp.EQ, org.ecozoning.feature.filter.Expression.property("class"),
                org.ecozoning.feature.filter.Expression.literal("GENERAL_CONTROL"), true);
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        BufferedImage img = renderer.render(MapContext.geographic(TAIYUAN, 440, 360)
                .layer(new MapLayer(Scenes.units(), Scenes.style("control_units.sld"), onlyGeneral)).build(), stats);
        assertThat(stats.features()).isEqualTo(1);
        assertThat(new Color(img.getRGB(10, 10))).isEqualTo(Color.WHITE);
    }

    @Test
    void projectedMapThroughACallerSuppliedMapper() throws IOException {
        // spherical Web Mercator, as the WMS would do through proj4j
        CoordinateMapper toMercator = (xy, n) -> {
            for (int i = 0; i < n; i++) {
                xy[2 * i] = Math.toRadians(xy[2 * i]) * 6378137;
                xy[2 * i + 1] = Math.log(Math.tan(Math.PI / 4 + Math.toRadians(xy[2 * i + 1]) / 2)) * 6378137;
            }
        };
        CoordinateMapper toLonLat = (xy, n) -> {
            for (int i = 0; i < n; i++) {
                xy[2 * i] = Math.toDegrees(xy[2 * i] / 6378137);
                xy[2 * i + 1] = Math.toDegrees(2 * Math.atan(Math.exp(xy[2 * i + 1] / 6378137)) - Math.PI / 2);
            }
        };
        double[] ll = {112.40, 37.64, 112.62, 37.82};
        toMercator.map(ll, 2);
        Envelope merc = new Envelope(ll[0], ll[2], ll[1], ll[3]);
        MapContext ctx = MapContext.projected(merc, 440, 360).mapper(toMercator).inverseMapper(toLonLat)
                .layer(new MapLayer(Scenes.units(), Scenes.style("control_units.sld"))).build();
        assertThat(ctx.lonLatBbox().getMinX()).isCloseTo(112.40, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(ctx.scaleDenominator()).isCloseTo(merc.getWidth() / 440 / 0.00028, org.assertj.core.api.Assertions.within(1e-6));
        BufferedImage img = renderer.render(ctx);
        double[] p = {112.425, 37.795};
        toMercator.map(p, 1);
        int x = (int) ((p[0] - merc.getMinX()) / merc.getWidth() * 440), y = (int) ((merc.getMaxY() - p[1]) / merc.getHeight() * 360);
        Color green = new Color(img.getRGB(x, y));
        assertThat(green.getGreen()).isGreaterThan(green.getRed() + 40);
    }

    @Test
    void scaleDenominatorFollowsOgcDefinition() {
        MapContext geo = MapContext.geographic(new Envelope(110, 115, 34, 41), 1000, 1400).build();
        assertThat(geo.scaleDenominator()).isCloseTo(5 * 2 * Math.PI * 6378137 / 360 / 1000 / 0.00028,
                org.assertj.core.api.Assertions.within(1e-6));
        MapContext proj = MapContext.projected(new Envelope(0, 28_000, 0, 28_000), 1000, 1000).lonLatBbox(new Envelope(0, 1, 0, 1)).build();
        assertThat(proj.scaleDenominator()).isCloseTo(100_000, org.assertj.core.api.Assertions.within(1e-6));
    }

    /** A source wrapper that records the queries it receives. */
    private static final class RecordingSource implements FeatureSource {
        final FeatureSource inner;
        final List<Query> queries = new ArrayList<>();

        RecordingSource(FeatureSource inner) { this.inner = inner; }

        @Override public FeatureType type() { return inner.type(); }
        @Override public Envelope bounds() { return inner.bounds(); }
        @Override public long count(Query q) { return inner.count(q); }
        @Override public FeatureCursor features(Query q) {
            queries.add(q);
            return inner.features(q);
        }
    }
}
