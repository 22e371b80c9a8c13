package org.ecozoning.tracking.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ecozoning.geojson.GeoJsonException;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.io.crs.CrsNormalizer;
import org.ecozoning.io.gpkg.GeoPackageReader;
import org.ecozoning.io.shp.ShapefileReader;
import org.ecozoning.io.source.SafeZip;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.tracking.monitoring.MonitoringCsvImporter;
import org.ecozoning.tracking.monitoring.Rejection;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads change polygons from GeoJSON (streamed, feature by feature), a zipped Shapefile or a
 * GeoPackage (through zoning-io's readers, CRS normalised to CGCS2000). Fields (case ignored):
 * id ({@code id}, {@code change_id}, {@code TBBH}), detection date ({@code detected_on},
 * {@code date}, {@code JCRQ}), source ({@code source}, {@code SJLY}), optional industry
 * ({@code industry}, {@code HYDM}). A change without id, date, source or polygon is rejected with
 * its reason; none is dropped silently.
 */
public final class ChangeReader {
    private static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4490);
    private static final List<String> ID = List.of("id", "change_id", "tbbh", "bh");
    private static final List<String> DATE = List.of("detected_on", "detection_date", "date", "jcrq", "jcsj", "detected");
    private static final List<String> SOURCE = List.of("source", "sjly", "data_source");
    private static final List<String> INDUSTRY = List.of("industry", "industry_code", "hydm");

    private final String defaultSource;

    /** @param defaultSource the source of changes that name none, or null to reject them */
    public ChangeReader(String defaultSource) { this.defaultSource = defaultSource; }

    /**
     * Reads {@code file}, giving each good change to {@code ok} and each bad one to {@code bad}.
     * A file that cannot be read at all raises {@link IllegalArgumentException} with a bilingual message.
     */
    public void read(Path file, Consumer<ChangePolygon> ok, Consumer<Rejection> bad) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".geojson") || name.endsWith(".json")) {
                GeoJsonReader r = new GeoJsonReader(GF);
                try (InputStream in = Files.newInputStream(file)) {
                    int[] n = {0};
                    r.forEachFeature(in, f -> {
                        n[0]++;
                        accept(n[0], f.id() == null ? null : f.id().toString(), f.properties(), f.geometry(), ok, bad);
                    });
                }
            } else if (name.endsWith(".zip")) {
                Path dir = Files.createTempDirectory("changes");
                try {
                    new SafeZip().extract(file, dir);
                    Path shp;
                    try (Stream<Path> s = Files.walk(dir)) {
                        shp = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("压缩包中没有 .shp 文件 / the zip holds no .shp file"));
                    }
                    layer(new ShapefileReader(GF).read(shp, (phase, done, total) -> { }), ok, bad);
                } finally {
                    try (Stream<Path> s = Files.walk(dir)) {
                        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            } else if (name.endsWith(".shp")) {
                layer(new ShapefileReader(GF).read(file, (phase, done, total) -> { }), ok, bad);
            } else if (name.endsWith(".gpkg")) {
                layer(GeoPackageReader.read(file, (phase, done, total) -> { }).units(), ok, bad);
            } else {
                throw new IllegalArgumentException("不支持的变化图斑格式（支持 GeoJSON、压缩的 Shapefile、GeoPackage）：" + file.getFileName()
                        + " / unsupported change file format (GeoJSON, zipped Shapefile, GeoPackage): " + file.getFileName());
            }
        } catch (GeoJsonException e) {
            throw new IllegalArgumentException("GeoJSON 无法解析 / GeoJSON cannot be parsed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取变化图斑文件 / cannot read the change file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private void layer(SourceLayer layer, Consumer<ChangePolygon> ok, Consumer<Rejection> bad) {
        new CrsNormalizer().normalize(layer);
        for (SourceFeature f : layer.features()) accept(f.index() + 1, f.id(), f.attributes(), f.geometry(), ok, bad);
    }

    void accept(int n, String fid, Map<String, Object> props, Geometry g, Consumer<ChangePolygon> ok, Consumer<Rejection> bad) {
        String id = field(props, ID).orElse(fid);
        String where = "图斑 " + (id == null ? "#" + n : id);
        String whereEn = "change " + (id == null ? "#" + n : id);
        if (id == null || id.isBlank()) {
            bad.accept(new Rejection(n, "MISSING_ID", "id", "第 " + n + " 个图斑缺少编号", "change #" + n + " has no id", null));
            return;
        }
        Optional<String> dateText = field(props, DATE);
        if (dateText.isEmpty()) {
            bad.accept(new Rejection(n, "MISSING_DATE", "detected_on", where + " 缺少监测日期", whereEn + " has no detection date", id));
            return;
        }
        Optional<LocalDate> date = MonitoringCsvImporter.date(dateText.get());
        if (date.isEmpty()) {
            bad.accept(new Rejection(n, "BAD_DATE", "detected_on", where + " 的监测日期「" + dateText.get() + "」无法识别", whereEn + ": unrecognised detection date \""
                    + dateText.get() + "\"", id));
            return;
        }
        String source = field(props, SOURCE).orElse(defaultSource);
        if (source == null) {
            bad.accept(new Rejection(n, "MISSING_SOURCE", "source", where + " 缺少数据来源（卫星、无人机等）", whereEn + " has no source (satellite, drone …)", id));
            return;
        }
        if (g == null || g.isEmpty() || !(g instanceof Polygonal)) {
            bad.accept(new Rejection(n, "BAD_GEOMETRY", "geometry", where + " 的几何为空或不是面", whereEn + ": geometry is empty or not a polygon", id));
            return;
        }
        Envelope e = g.getEnvelopeInternal();
        if (e.getMinX() < 73 || e.getMaxX() > 136 || e.getMinY() < 3 || e.getMaxY() > 54) {
            bad.accept(new Rejection(n, "BAD_COORDINATES", "geometry", where + " 的坐标不是中国境内的 CGCS2000 经纬度（经度在前）", whereEn
                    + ": coordinates are not CGCS2000 longitude/latitude within China", id));
            return;
        }
        g.setSRID(4490);
        ok.accept(new ChangePolygon(id.strip(), date.get(), source.strip(), g, field(props, INDUSTRY).orElse(null)));
    }

    private static Optional<String> field(Map<String, Object> props, List<String> names) {
        if (props == null) return Optional.empty();
        for (Map.Entry<String, Object> e : props.entrySet()) {
            if (e.getValue() == null) continue;
            if (names.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                String v = e.getValue().toString().strip();
                if (!v.isEmpty()) return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
