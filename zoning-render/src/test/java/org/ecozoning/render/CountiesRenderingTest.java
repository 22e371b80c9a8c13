package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The shipped Shanxi counties (119 real polygons) with counties.sld at two scales. */
class CountiesRenderingTest {
    static final FeatureType COUNTIES = new FeatureType("counties", "县级行政区", "Counties", "geom", "MultiPolygon", List.of(
            new AttributeDescriptor("adcode", AttributeType.STRING, "代码"),
            new AttributeDescriptor("name", AttributeType.STRING, "名称"),
            new AttributeDescriptor("city", AttributeType.STRING, "地市")));
    private static MemoryFeatureSource counties;

    @BeforeAll
    static void load() throws IOException {
        counties = load(Path.of("../workspace/data/shanxi-counties.geojson"));
    }

    static MemoryFeatureSource load(Path file) throws IOException {
        List<Feature> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (GeoJsonFeature f : new GeoJsonReader().readFeatures(in)) {
                out.add(new Feature(COUNTIES, f.string("adcode"), new Object[] {f.string("adcode"), f.string("name"), f.string("city")}, f.geometry()));
            }
        }
        return new MemoryFeatureSource(COUNTIES, out);
    }

    @Test
    void provinceViewDrawsAllCountyOutlinesWithoutLabels() throws IOException {
        Envelope b = counties.bounds();
        MapContext ctx = MapContext.geographic(b, 500, (int) Math.round(500 * b.getHeight() / b.getWidth()))
                .layer(new MapLayer(counties, Scenes.style("counties.sld"))).build();
        assertThat(ctx.scaleDenominator()).isGreaterThan(1_500_000);
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        BufferedImage img = new MapRenderer(FontCatalog.system()).render(ctx, stats);
        assertThat(stats.features()).isEqualTo(119);
        assertThat(stats.labelCandidates()).isZero();
        assertThat(greyPixels(img)).isGreaterThan(3000);
        ReferenceImages.assertMatches("counties_province", img);
    }

    @Test
    void taiyuanViewLabelsCountiesWithoutOverlaps() throws IOException {
        MapContext ctx = MapContext.geographic(new Envelope(111.9, 113.1, 37.4, 38.3), 600, 450)
                .layer(new MapLayer(counties, Scenes.style("counties.sld"))).build();
        assertThat(ctx.scaleDenominator()).isBetween(50_000.0, 1_500_000.0);
        MapRenderer.RenderStats stats = new MapRenderer.RenderStats();
        BufferedImage img = new MapRenderer(FontCatalog.system()).render(ctx, stats);
        assertThat(stats.features()).isBetween(15, 40);
        assertThat(stats.labelsDrawn()).isGreaterThan(10).isLessThanOrEqualTo(stats.labelCandidates());
        ReferenceImages.assertMatches("counties_taiyuan", img);
    }

    private static int greyPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (c.getRed() < 200 && Math.abs(c.getRed() - c.getBlue()) < 10) n++;
            }
        }
        return n;
    }
}
