package org.ecozoning.server.portal.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.geojson.GeoJsonWriter;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.kml.KmlReader;
import org.ecozoning.io.shp.ShapefileReader;
import org.ecozoning.io.source.SafeZip;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.referencing.Crs;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * {@code POST /api/upload/parse}: turns an uploaded site file into one GeoJSON geometry in
 * EPSG:4490 (longitude first) for the map and the assessment. Chosen by file name: {@code .zip}
 * (zipped Shapefile, CRS from its .prj, else the user's), {@code .kml}, {@code .geojson}/{@code .json},
 * {@code .txt} (界址点 coordinates, see {@link BoundaryPointText}) and {@code .csv} (see
 * {@link CoordinateCsv}). Several features are merged into one geometry.
 */
final class SiteFiles {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final SafeZip ZIP = new SafeZip(200L << 20, 200);

    Map<String, Object> parse(String name, byte[] bytes, String crsParam) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        String userCrs = crsParam == null || crsParam.isBlank() || crsParam.equalsIgnoreCase("auto") ? null : crsParam.trim();
        if (userCrs != null && !CrsRegistry.isKnown(userCrs)) {
            throw ProblemException.invalidParameter("crs", "不支持的坐标系 " + userCrs, "unsupported CRS " + userCrs);
        }
        if (bytes.length == 0) throw ProblemException.badRequest("文件为空", "the file is empty");
        List<Geometry> geoms;
        String crs;
        String format;
        List<String> notes = new ArrayList<>();
        try {
            if (lower.endsWith(".zip")) {
                format = "shapefile";
                SourceLayer layer = shapefile(bytes);
                geoms = layer.features().stream().map(SourceFeature::geometry).filter(g -> g != null && !g.isEmpty()).toList();
                if (userCrs != null) crs = userCrs;
                else if (layer.declaredEpsg() != null) crs = "EPSG:" + layer.declaredEpsg();
                else {
                    crs = "EPSG:4490";
                    notes.add("Shapefile 无 .prj，按 EPSG:4490 读取 / no .prj: read as EPSG:4490");
                }
            } else if (lower.endsWith(".kml")) {
                format = "kml";
                SourceLayer layer = new KmlReader(GF).read(new ByteArrayInputStream(bytes), name, ProgressListener.NONE);
                geoms = layer.features().stream().map(SourceFeature::geometry).filter(g -> g != null && !g.isEmpty()).toList();
                crs = "EPSG:4490";
            } else if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
                format = "geojson";
                geoms = geoJson(bytes);
                crs = userCrs == null ? "EPSG:4490" : userCrs;
            } else if (lower.endsWith(".txt")) {
                format = "boundary-points";
                BoundaryPointText.Result r = BoundaryPointText.parse(new String(bytes, textCharset(bytes)), GF);
                geoms = r.geometries();
                crs = userCrs != null ? userCrs : r.crs();
                if (crs == null) {
                    throw ProblemException.badRequest("界址点文件未写明带号或中央经线，且坐标不带带号：请选择坐标系",
                            "the boundary-point file names no zone or central meridian and its Y values carry no zone prefix: choose a CRS");
                }
            } else if (lower.endsWith(".csv")) {
                format = "csv";
                geoms = CoordinateCsv.parse(new String(bytes, textCharset(bytes)), GF);
                crs = userCrs == null ? "EPSG:4490" : userCrs;
            } else {
                throw new ProblemException(415, "unsupported-format", "不支持的媒体类型 / Unsupported Media Type",
                        "支持 GeoJSON、KML、Shapefile（zip）、界址点 TXT、坐标 CSV / supported: GeoJSON, KML, zipped Shapefile, boundary-point TXT, coordinate CSV");
            }
        } catch (ImportException e) {
            throw ProblemException.badRequest(e.issue().messageZh(), e.issue().messageEn());
        } catch (org.ecozoning.geojson.GeoJsonException e) {
            throw ProblemException.badRequest("GeoJSON 无效", "invalid GeoJSON: " + e.getMessage());
        }
        if (geoms.isEmpty()) throw ProblemException.badRequest("文件中没有几何", "the file holds no geometry");
        Geometry g = geoms.size() == 1 ? geoms.get(0) : UnaryUnionOp.union(geoms);
        Crs source = CrsRegistry.get(crs);
        Geometry out = CrsTransformer.of(source, CrsRegistry.CGCS2000).transform(g);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", format);
        m.put("crs", source.id());
        m.put("features", geoms.size());
        m.put("geometryType", out.getGeometryType());
        m.put("geometry", PortalApi.JSON.readTree(geoJson(out)));
        m.put("notes", notes);
        return m;
    }

    private static SourceLayer shapefile(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("ecozoning-upload");
        try {
            Path zip = dir.resolve("upload.zip");
            Files.write(zip, bytes);
            Path out = ZIP.extract(zip, dir.resolve("x"));
            Path shp;
            try (Stream<Path> s = Files.walk(out)) {
                shp = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")).sorted().findFirst()
                        .orElseThrow(() -> ProblemException.badRequest("压缩包中没有 .shp 文件", "the zip holds no .shp file"));
            }
            return new ShapefileReader(GF).read(shp, ProgressListener.NONE);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<Geometry> geoJson(byte[] bytes) throws IOException {
        var node = PortalApi.JSON.readTree(bytes);
        if (node == null || !node.has("type")) throw ProblemException.badRequest("不是 GeoJSON", "not GeoJSON");
        String type = node.get("type").asText();
        GeoJsonReader reader = new GeoJsonReader(GF);
        if (type.equals("FeatureCollection") || type.equals("Feature")) {
            List<Geometry> out = new ArrayList<>();
            for (GeoJsonFeature f : reader.readFeatures(new ByteArrayInputStream(bytes))) if (f.geometry() != null) out.add(f.geometry());
            return out;
        }
        return List.of(reader.readGeometry(node.toString()));
    }

    private static String geoJson(Geometry g) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (JsonGenerator gen = PortalApi.JSON.getFactory().createGenerator(bos)) {
            new GeoJsonWriter(7).write(g, gen);
        }
        return bos.toString(StandardCharsets.UTF_8);
    }

    /** UTF-8 when the bytes decode as UTF-8, else GB18030 (files saved by Chinese Windows tools). */
    static java.nio.charset.Charset textCharset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException e) {
            return java.nio.charset.Charset.forName("GB18030");
        }
    }
}
