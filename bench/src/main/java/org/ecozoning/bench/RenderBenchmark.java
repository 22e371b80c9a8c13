package org.ecozoning.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.render.CoordinateMapper;
import org.ecozoning.render.FontCatalog;
import org.ecozoning.render.MapContext;
import org.ecozoning.render.MapLayer;
import org.ecozoning.render.MapRenderer;
import org.ecozoning.render.sld.StyleLibrary;
import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GetMap rendering cost without HTTP: the 119 shipped Shanxi county polygons (73,557 vertices) drawn
 * into a 768×768 image. Run from the repository root (or set {@code -Decozoning.root=…}):
 * {@code java -cp bench/target/classes:bench/target/lib/* org.openjdk.jmh.Main RenderBenchmark}.
 * The MapServer figure to compare with is {@code map2img -c N} on the same data (docs/STYLING.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    private static final FeatureType COUNTIES = new FeatureType("counties", "县级行政区", "Counties", "geom", "MultiPolygon", List.of(
            new AttributeDescriptor("adcode", AttributeType.STRING, "代码"),
            new AttributeDescriptor("name", AttributeType.STRING, "名称"),
            new AttributeDescriptor("city", AttributeType.STRING, "地市")));

    private MemoryFeatureSource counties;
    private StyleLibrary styles;
    private MapRenderer renderer;

    @Setup
    public void setUp() throws IOException {
        Path root = Path.of(System.getProperty("ecozoning.root", "."));
        List<Feature> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(root.resolve("workspace/data/shanxi-counties.geojson"))) {
            for (GeoJsonFeature f : new GeoJsonReader().readFeatures(in)) {
                out.add(new Feature(COUNTIES, f.string("adcode"), new Object[] {f.string("adcode"), f.string("name"), f.string("city")}, f.geometry()));
            }
        }
        counties = new MemoryFeatureSource(COUNTIES, out);
        styles = StyleLibrary.load(root.resolve("styles"));
        FontCatalog fonts = FontCatalog.system();
        fonts.warmUp();
        renderer = new MapRenderer(fonts);
    }

    /** Whole province, dashed county outlines (no labels at this scale). */
    @Benchmark
    public BufferedImage provinceOutlines() {
        return renderer.render(MapContext.geographic(counties.bounds(), 768, 768)
                .layer(new MapLayer(counties, styles.get("counties"))).build());
    }

    /** Whole province, semi-transparent fills and outlines (the control-unit style's else-rule). */
    @Benchmark
    public BufferedImage provinceFills() {
        return renderer.render(MapContext.geographic(counties.bounds(), 768, 768)
                .layer(new MapLayer(counties, styles.get("control_units"))).build());
    }

    /** Taiyuan area at about 1:580,000: outlines and about 20 Chinese labels with conflict resolution. */
    @Benchmark
    public BufferedImage cityWithLabels() {
        return renderer.render(MapContext.geographic(new Envelope(111.9, 113.1, 37.4, 38.6), 768, 768)
                .layer(new MapLayer(counties, styles.get("counties"))).build());
    }

    /** Whole province in Web Mercator through a caller-supplied mapper (the WMS's reprojection path). */
    @Benchmark
    public BufferedImage provinceWebMercator() {
        CoordinateMapper toMercator = (xy, n) -> {
            for (int i = 0; i < n; i++) {
                xy[2 * i] = Math.toRadians(xy[2 * i]) * 6378137;
                xy[2 * i + 1] = Math.log(Math.tan(Math.PI / 4 + Math.toRadians(xy[2 * i + 1]) / 2)) * 6378137;
            }
        };
        Envelope ll = counties.bounds();
        double[] c = {ll.getMinX(), ll.getMinY(), ll.getMaxX(), ll.getMaxY()};
        toMercator.map(c, 2);
        return renderer.render(MapContext.projected(new Envelope(c[0], c[2], c[1], c[3]), 768, 768).mapper(toMercator)
                .lonLatBbox(ll).layer(new MapLayer(counties, styles.get("counties"))).build());
    }
}
