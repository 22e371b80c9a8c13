package org.ecozoning.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.SchemeLayers;
import org.ecozoning.ogc.wms.WmsConfig;
import org.ecozoning.ogc.wms.WmsHandler;
import org.ecozoning.render.FontCatalog;
import org.ecozoning.render.sld.StyleLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * WMS GetMap in process, HTTP excluded: {@link WmsHandler#handle} with a KVP request, the image
 * encoded into a discarding stream. Data: the generated sample scheme ({@code workspace/sample}:
 * 1,033 control units, 187 element zones, 119 counties), layers {@code control_units,counties}
 * with the shipped styles. Each invocation takes the next of 64 random boxes (fixed seed) over
 * Shanxi at the zoom level, with the aspect ratio of the image. Run from the repository root (or
 * set {@code -Decozoning.root=…}):
 * {@code java -cp "bench/target/classes:bench/target/lib/*" org.openjdk.jmh.Main WmsGetMapBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
public class WmsGetMapBenchmark {
    /** Shanxi in lon/lat. */
    static final double W = 110.23, E = 114.57, S = 34.58, N = 40.74;

    /** Image size, "width x height". */
    @Param({"256x256", "1024x768"})
    public String size;

    /**
     * Width of the box in degrees of longitude: 4.4 = the whole province (about 1:6.5M at 256 px),
     * 1 = a city, 0.25 = a county, 0.05 = a town.
     */
    @Param({"4.4", "1", "0.25", "0.05"})
    public double span;

    @Param({"EPSG:4326"})
    public String crs;

    @Param({"image/png"})
    public String format;

    private WmsHandler handler;
    private final List<OgcRequest> requests = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path root = Path.of(System.getProperty("ecozoning.root", "."));
        Path sample = root.resolve("workspace/sample");
        LayerCatalog catalog = SchemeLayers.build(units(sample.resolve("units.geojson")), zones(sample.resolve("zones.geojson")),
                sample.resolve("counties.geojson"));
        FontCatalog fonts = FontCatalog.system();
        fonts.warmUp();
        handler = new WmsHandler(WmsConfig.of(catalog, StyleLibrary.load(root.resolve("styles")), fonts));
        String[] wh = size.split("x");
        int width = Integer.parseInt(wh[0]), height = Integer.parseInt(wh[1]);
        Random random = new Random(20240101L + (long) (span * 1000) + width);
        for (int i = 0; i < 64; i++) {
            double w = Math.min(span, E - W), h = w * height / width;
            double minx = W + random.nextDouble() * Math.max(0, E - W - w);
            double miny = S + random.nextDouble() * Math.max(0, N - S - h);
            requests.add(request(minx, miny, minx + w, miny + h, width, height));
        }
        // every request must really draw a map, and most must show something
        int empty = 0;
        for (OgcRequest r : requests) {
            OgcResponse resp = handler.handle(r);
            if (resp.status() != 200 || !resp.contentType().startsWith("image/")) {
                throw new IllegalStateException("GetMap failed: " + resp.bodyText());
            }
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(resp.bodyBytes()));
            int first = img.getRGB(0, 0);
            boolean uniform = true;
            for (int y = 0; y < img.getHeight() && uniform; y += 4) {
                for (int x = 0; x < img.getWidth(); x += 4) {
                    if (img.getRGB(x, y) != first) {
                        uniform = false;
                        break;
                    }
                }
            }
            if (uniform) empty++;
        }
        if (empty > requests.size() / 2) throw new IllegalStateException(empty + " of " + requests.size() + " maps are empty: wrong boxes?");
    }

    private OgcRequest request(double minx, double miny, double maxx, double maxy, int width, int height) {
        String bbox;
        if (crs.equals("EPSG:3857")) {
            double[] a = mercator(minx, miny), b = mercator(maxx, maxy);
            bbox = String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", a[0], a[1], b[0], b[1]);
        } else if (!crs.equals("EPSG:4326") && !crs.equals("EPSG:4490")) {
            // a projected CRS (e.g. CGCS2000 Gauss-Kruger EPSG:4547): the box around the projected centre, same ground size;
            // the Gauss-Kruger CRSs are northing first in WMS 1.3.0
            int code = Integer.parseInt(crs.substring(5));
            double[] c = {(minx + maxx) / 2, (miny + maxy) / 2};
            new org.ecozoning.ogc.common.Proj4jCrsSupport(List.of(4490, code)).arrayTransform(4490, code).apply(c, 1);
            double halfW = (maxx - minx) / 2 * 88_000, halfH = (maxy - miny) / 2 * 111_000;
            boolean northFirst = code >= 4491 && code <= 4554;
            bbox = northFirst
                    ? String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", c[1] - halfH, c[0] - halfW, c[1] + halfH, c[0] + halfW)
                    : String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", c[0] - halfW, c[1] - halfH, c[0] + halfW, c[1] + halfH);
        } else {
            // WMS 1.3.0 EPSG:4326: latitude first
            bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", miny, minx, maxy, maxx);
        }
        return OgcRequest.builder("GET", "/").query("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=control_units,counties&STYLES="
                + "&CRS=" + crs + "&BBOX=" + bbox + "&WIDTH=" + width + "&HEIGHT=" + height + "&FORMAT=" + format.replace(" ", "%20")).build();
    }

    private static double[] mercator(double lon, double lat) {
        double r = 6378137;
        return new double[] {Math.toRadians(lon) * r, r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2))};
    }

    @Benchmark
    public long getMap() throws IOException {
        OgcRequest r = requests.get(next++ & 63);
        OgcResponse resp = handler.handle(r);
        Counting out = new Counting();
        resp.body().writeTo(out);
        return out.count;
    }

    /** Counts and discards the encoded bytes. */
    static final class Counting extends OutputStream {
        long count;

        @Override public void write(int b) { count++; }

        @Override public void write(byte[] b, int off, int len) { count += len; }
    }

    static List<ControlUnit> units(Path file) throws IOException {
        List<ControlUnit> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (GeoJsonFeature f : new GeoJsonReader().readFeatures(in)) {
                out.add(new ControlUnit(new UnitCode(f.string("code")), f.string("name"), UnitClass.valueOf(f.string("class")),
                        UnitSubtype.valueOf(f.string("subtype")), f.string("cityCode"), f.string("cityName"), f.string("countyCode"),
                        f.string("countyName"), f.geometry()));
            }
        }
        return out;
    }

    static List<ElementZone> zones(Path file) throws IOException {
        List<ElementZone> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (GeoJsonFeature f : new GeoJsonReader().readFeatures(in)) {
                out.add(new ElementZone(f.string("id"), ZoneType.valueOf(f.string("type")), f.string("name"), f.geometry()));
            }
        }
        return out;
    }
}
