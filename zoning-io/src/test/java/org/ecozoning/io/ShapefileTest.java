package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecozoning.io.crs.CrsNormalizer;
import org.ecozoning.io.crs.SupportedCrs;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.qa.Severity;
import org.ecozoning.io.shp.DbfWriter;
import org.ecozoning.io.shp.SchemeShapefile;
import org.ecozoning.io.shp.ShapefileReader;
import org.ecozoning.io.shp.ShpWriter;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.UnitSubtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Hand-made Shapefiles: encodings, truncation, .prj, CRS suspicion, zips, Z variants. */
class ShapefileTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path tmp;

    /** A chinese-mapping layer of two units in 小店区, written in {@code cs}. */
    private Path chineseLayer(Path dir, Charset cs, List<Geometry> geoms) throws Exception {
        Files.createDirectories(dir);
        List<DbfWriter.Column> cols = List.of(new DbfWriter.Column("单元编码", 'C'), new DbfWriter.Column("单元名称", 'C'),
                new DbfWriter.Column("管控类别", 'C'), new DbfWriter.Column("区县", 'C'), new DbfWriter.Column("空间布局", 'C'));
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("ZH14010510001", "小店区汾河水源地保护区", "优先保护", "小店区", "1.禁止新建排污口。2.禁止网箱养殖。"));
        rows.add(row("ZH14010520001", "小店区工业园区", "重点管控", "小店区", "执行园区规划环评要求。"));
        ShpWriter.write(dir, "units", geoms);
        DbfWriter.write(dir, "units", cols, rows, cs);
        return dir.resolve("units.shp");
    }

    private static Map<String, Object> row(String code, String name, String cls, String county, String spatial) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("单元编码", code);
        m.put("单元名称", name);
        m.put("管控类别", cls);
        m.put("区县", county);
        m.put("空间布局", spatial);
        return m;
    }

    private static List<Geometry> twoBoxes() {
        return List.of(Fixtures.box(112.50, 37.70, 112.52, 37.72), Fixtures.box(112.52, 37.70, 112.54, 37.72));
    }

    private ImportResult importChinese(Path shp) {
        return Fixtures.importer().read(shp, Fixtures.importer().mappings().get("chinese"), null);
    }

    @Test
    void gbkWithCpgReadsChineseFieldsAndValues() throws Exception {
        Path shp = chineseLayer(tmp.resolve("a"), GBK, twoBoxes());
        assertThat(Files.readString(tmp.resolve("a/units.cpg"))).isEqualTo("GBK");
        ImportResult r = importChinese(shp);
        assertThat(r.qa().errors()).as(r.qa().toText()).isEmpty();
        assertThat(r.encoding()).isEqualTo("GBK");
        assertThat(Fixtures.codes(r)).doesNotContain(IssueCode.ENCODING);
        ControlUnit u = r.content().units().get(0);
        assertThat(u.name()).isEqualTo("小店区汾河水源地保护区");
        assertThat(u.subtype()).isEqualTo(UnitSubtype.DRINKING_WATER_SOURCE);
        assertThat(u.countyCode()).isEqualTo("140105");
        assertThat(u.cityName()).isEqualTo("太原市");
        assertThat(r.content().clauses()).extracting(c -> c.id() + "=" + c.text())
                .contains("ZH14010510001-KJBJYS-1=禁止新建排污口。", "ZH14010510001-KJBJYS-2=禁止网箱养殖。", "ZH14010520001-KJBJYS-1=执行园区规划环评要求。");
    }

    @Test
    void gbkWithoutCpgIsDetectedWithAWarning() throws Exception {
        Path shp = chineseLayer(tmp.resolve("b"), GBK, twoBoxes());
        Files.delete(tmp.resolve("b/units.cpg"));
        ImportResult r = importChinese(shp);
        assertThat(r.qa().errors()).as(r.qa().toText()).isEmpty();
        assertThat(r.encoding()).isEqualTo("GBK");
        assertThat(r.content().units()).extracting(ControlUnit::name).containsExactly("小店区汾河水源地保护区", "小店区工业园区");
        assertThat(r.qa().byCode(IssueCode.ENCODING)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.messageEn()).contains("detected GBK");
        });
    }

    @Test
    void ldidByteSaysGbkWhenThereIsNoCpg() throws Exception {
        Path shp = chineseLayer(tmp.resolve("l"), GBK, twoBoxes());
        Files.delete(tmp.resolve("l/units.cpg"));
        byte[] dbf = Files.readAllBytes(tmp.resolve("l/units.dbf"));
        dbf[29] = 0x4D;
        Files.write(tmp.resolve("l/units.dbf"), dbf);
        ImportResult r = importChinese(shp);
        assertThat(r.encoding()).isEqualTo("GBK");
        assertThat(Fixtures.codes(r)).doesNotContain(IssueCode.ENCODING);
    }

    @Test
    void gbkDeclaredAsUtf8IsAnEncodingErrorNamingFeatureAndField() throws Exception {
        Path shp = chineseLayer(tmp.resolve("c"), GBK, twoBoxes());
        Files.writeString(tmp.resolve("c/units.cpg"), "UTF-8");
        ImportResult r = importChinese(shp);
        assertThat(r.ok()).isFalse();
        QaIssue e = r.qa().byCode(IssueCode.ENCODING).get(0);
        assertThat(e.severity()).isEqualTo(Severity.ERROR);
        assertThat(e.file()).isEqualTo("units.dbf");
        assertThat(e.messageZh()).contains("units.cpg").contains("GBK");
        assertThat(e.messageEn()).contains("looks like GBK");
        assertThat(e.field()).isNotNull();
    }

    @Test
    void utf8DeclaredAsGbkIsAnEncodingError() throws Exception {
        Path shp = chineseLayer(tmp.resolve("d"), StandardCharsets.UTF_8, twoBoxes());
        Files.writeString(tmp.resolve("d/units.cpg"), "GBK");
        ImportResult r = importChinese(shp);
        assertThat(r.qa().byCode(IssueCode.ENCODING)).isNotEmpty()
                .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void utf8WithoutCpgIsDetected() throws Exception {
        Path shp = chineseLayer(tmp.resolve("u"), StandardCharsets.UTF_8, twoBoxes());
        Files.delete(tmp.resolve("u/units.cpg"));
        ImportResult r = importChinese(shp);
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(r.content().units()).extracting(ControlUnit::name).contains("小店区工业园区");
    }

    @Test
    void truncatedShpSaysWhichRecord() throws Exception {
        Path shp = chineseLayer(tmp.resolve("t"), StandardCharsets.UTF_8, twoBoxes());
        byte[] all = Files.readAllBytes(shp);
        Files.write(shp, java.util.Arrays.copyOf(all, all.length - 20));
        ImportResult r = importChinese(shp);
        QaIssue e = r.qa().errors().get(0);
        assertThat(e.code()).isEqualTo(IssueCode.MALFORMED_FILE);
        assertThat(e.file()).isEqualTo("units.shp");
        assertThat(e.messageEn()).contains("truncated");
        assertThat(r.content().units()).isEmpty();
        // A record cut while the header length was patched to match: the record itself is reported.
        ByteBuffer b = ByteBuffer.wrap(java.util.Arrays.copyOf(all, all.length - 20));
        b.order(ByteOrder.BIG_ENDIAN).putInt(24, (all.length - 20) / 2);
        Files.write(shp, b.array());
        QaIssue e2 = importChinese(shp).qa().errors().get(0);
        assertThat(e2.featureIndex()).isEqualTo(1);
        assertThat(e2.messageEn()).contains("record 2");
    }

    @Test
    void truncatedDbfIsReported() throws Exception {
        Path shp = chineseLayer(tmp.resolve("td"), StandardCharsets.UTF_8, twoBoxes());
        Path dbf = tmp.resolve("td/units.dbf");
        byte[] all = Files.readAllBytes(dbf);
        Files.write(dbf, java.util.Arrays.copyOf(all, all.length - 40));
        QaIssue e = importChinese(shp).qa().errors().get(0);
        assertThat(e.file()).isEqualTo("units.dbf");
        assertThat(e.messageEn()).contains("truncated");
    }

    @Test
    void missingDbfIsReported() throws Exception {
        Path shp = chineseLayer(tmp.resolve("md"), StandardCharsets.UTF_8, twoBoxes());
        Files.delete(tmp.resolve("md/units.dbf"));
        assertThat(importChinese(shp).qa().errors().get(0).messageEn()).contains("units.dbf is missing");
    }

    @Test
    void wrongPrjOverDegreesIsSuspected() throws Exception {
        Path shp = chineseLayer(tmp.resolve("p"), StandardCharsets.UTF_8, twoBoxes());
        Files.writeString(tmp.resolve("p/units.prj"), gk114Prj());
        ImportResult r = importChinese(shp);
        assertThat(r.qa().byCode(IssueCode.WRONG_CRS_SUSPECTED)).singleElement()
                .satisfies(i -> assertThat(i.messageEn()).contains("EPSG:4547").contains("look like degrees"));
        assertThat(r.ok()).isFalse();
    }

    @Test
    void unknownPrjOverDegreesIsAWarning() throws Exception {
        Path shp = chineseLayer(tmp.resolve("x"), StandardCharsets.UTF_8, twoBoxes());
        Files.writeString(tmp.resolve("x/units.prj"), "GEOGCS[\"GCS_Xian_1980\",DATUM[\"D_Xian_1980\",SPHEROID[\"Xian_1980\",6378140.0,298.257]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");
        ImportResult r = importChinese(shp);
        assertThat(r.qa().byCode(IssueCode.UNKNOWN_CRS)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.messageEn()).contains("Xian_1980");
        });
        assertThat(r.ok()).isTrue();
    }

    @Test
    void metresWithoutPrjAreSuspectedWithAGuess() throws Exception {
        List<Geometry> metres = new ArrayList<>();
        for (Geometry g : twoBoxes()) metres.add(CrsNormalizer.fromCgcs2000(g, SupportedCrs.CGCS2000_GK_ZONE38));
        Path shp = chineseLayer(tmp.resolve("m"), StandardCharsets.UTF_8, metres);
        ImportResult r = importChinese(shp);
        assertThat(r.qa().byCode(IssueCode.WRONG_CRS_SUSPECTED)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.messageEn()).contains("no .prj").contains("metres").contains("EPSG:4526");
        });
        assertThat(r.ok()).isFalse();
    }

    @Test
    void projectedWithPrjIsTransformedToCgcs2000() throws Exception {
        List<Geometry> metres = new ArrayList<>();
        for (Geometry g : twoBoxes()) metres.add(CrsNormalizer.fromCgcs2000(g, SupportedCrs.CGCS2000_GK_CM114));
        assertThat(metres.get(0).getEnvelopeInternal().getMinX()).isBetween(300_000.0, 500_000.0);
        Path shp = chineseLayer(tmp.resolve("g"), StandardCharsets.UTF_8, metres);
        Files.writeString(tmp.resolve("g/units.prj"), gk114Prj());
        ImportResult r = importChinese(shp);
        assertThat(r.qa().errors()).as(r.qa().toText()).isEmpty();
        assertThat(r.sourceEpsg()).isEqualTo(4547);
        for (int i = 0; i < 2; i++) {
            Fixtures.assertSameGeometry(twoBoxes().get(i), r.content().units().get(i).geometry(), 1e-7);
        }
    }

    static String gk114Prj() {
        return "PROJCS[\"CGCS2000_3_Degree_GK_CM_114E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
                + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    @Test
    void zippedFolderIsReadAndZipSlipIsRefused() throws Exception {
        Path dir = tmp.resolve("z");
        chineseLayer(dir, GBK, twoBoxes());
        Path zip = tmp.resolve("upload.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String f : List.of("units.shp", "units.shx", "units.dbf", "units.cpg")) {
                out.putNextEntry(new ZipEntry("数据/" + f));
                Files.copy(dir.resolve(f), out);
                out.closeEntry();
            }
        }
        ImportResult ok = importChinese(zip);
        assertThat(ok.qa().errors()).as(ok.qa().toText()).isEmpty();
        assertThat(ok.content().units()).hasSize(2);

        Path evil = tmp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("../../escaped.shp"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        ImportResult bad = importChinese(evil);
        assertThat(bad.qa().errors()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.MALFORMED_FILE);
            assertThat(i.messageEn()).contains("unsafe entry path").contains("../../escaped.shp");
        });
        assertThat(tmp.getParent().resolve("escaped.shp")).doesNotExist();
    }

    @Test
    void malformedAndHalfUploadedZipsAreReported() throws Exception {
        Path junk = tmp.resolve("junk.zip");
        Files.writeString(junk, "this is not a zip");
        assertThat(importChinese(junk).qa().errors()).singleElement()
                .satisfies(i -> assertThat(i.messageEn()).contains("not a zip"));

        Path dir = tmp.resolve("h");
        chineseLayer(dir, GBK, twoBoxes());
        Path zip = tmp.resolve("half.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(os)) {
            for (String f : List.of("units.shp", "units.shx", "units.dbf")) {
                out.putNextEntry(new ZipEntry(f));
                Files.copy(dir.resolve(f), out);
                out.closeEntry();
            }
        }
        byte[] all = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(all, all.length * 2 / 3));
        ImportResult r = importChinese(zip);
        assertThat(r.ok()).isFalse();
        assertThat(r.qa().errors().get(0).code()).isEqualTo(IssueCode.MALFORMED_FILE);
        assertThat(r.qa().errors().get(0).file()).isIn("half.zip", "units.shp", "units.dbf");
    }

    @Test
    void zipBombStopsAtTheLimit() throws Exception {
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("big.dbf"));
            out.write(new byte[5_000_000]);
            out.closeEntry();
        }
        SchemeImporter small = new SchemeImporter(Fixtures.importer().mappings(), Fixtures.importer().admin(),
                org.ecozoning.io.qa.QaOptions.defaults(), new org.ecozoning.io.source.SafeZip(1_000_000, 10));
        ImportResult r = small.read(zip, null, null);
        assertThat(r.qa().errors()).singleElement().satisfies(i -> assertThat(i.messageEn()).contains("size limit"));
    }

    @Test
    void polygonZWithHolesAndPartsIsReadAs2D() throws Exception {
        Polygon withHole = Fixtures.boxWithHole(112.50, 37.70, 112.52, 37.72, 112.505, 37.705, 112.51, 37.71);
        MultiPolygon twoParts = Fixtures.GF.createMultiPolygon(new Polygon[] {Fixtures.box(112.53, 37.70, 112.54, 37.71),
                Fixtures.box(112.55, 37.70, 112.56, 37.71)});
        Path dir = tmp.resolve("z3");
        Files.createDirectories(dir);
        writePolygonZ(dir.resolve("zz.shp"), List.of(withHole, twoParts));
        DbfWriter.write(dir, "zz", List.of(new DbfWriter.Column("ID", 'C')), List.of(Map.of("ID", "a"), Map.of("ID", "b")));
        SourceLayer layer = new ShapefileReader().read(dir.resolve("zz.shp"), null);
        assertThat(layer.features()).hasSize(2);
        Geometry a = layer.features().get(0).geometry();
        assertThat((Object) a).isInstanceOf(Polygon.class);
        assertThat(((Polygon) a).getNumInteriorRing()).isEqualTo(1);
        assertThat(a.getCoordinate().getZ()).isNaN();
        Fixtures.assertSameGeometry(withHole, a, 0);
        Fixtures.assertSameGeometry(twoParts, layer.features().get(1).geometry(), 0);
    }

    /** Writes PolygonZ records (type 15) by hand: rings with Z range and Z values after the points. */
    private static void writePolygonZ(Path shp, List<Geometry> geoms) throws Exception {
        List<byte[]> recs = new ArrayList<>();
        for (Geometry g : geoms) {
            List<org.locationtech.jts.geom.Coordinate[]> rings = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                org.locationtech.jts.geom.Coordinate[] shell = p.getExteriorRing().getCoordinates();
                if (org.locationtech.jts.algorithm.Orientation.isCCW(shell)) java.util.Collections.reverse(java.util.Arrays.asList(shell));
                rings.add(shell);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    org.locationtech.jts.geom.Coordinate[] hole = p.getInteriorRingN(h).getCoordinates();
                    if (!org.locationtech.jts.algorithm.Orientation.isCCW(hole)) java.util.Collections.reverse(java.util.Arrays.asList(hole));
                    rings.add(hole);
                }
            }
            int n = rings.stream().mapToInt(r -> r.length).sum();
            ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * n + 16 + 8 * n).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(15);
            var e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
            b.putInt(rings.size()).putInt(n);
            int start = 0;
            for (var r : rings) { b.putInt(start); start += r.length; }
            for (var r : rings) for (var c : r) b.putDouble(c.x).putDouble(c.y);
            b.putDouble(800).putDouble(900);
            for (int i = 0; i < n; i++) b.putDouble(850);
            recs.add(b.array());
        }
        int len = 100;
        for (byte[] r : recs) len += 8 + r.length;
        ByteBuffer h = ByteBuffer.allocate(len);
        h.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, len / 2);
        h.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, 15);
        h.position(100);
        int i = 1;
        for (byte[] r : recs) {
            h.order(ByteOrder.BIG_ENDIAN).putInt(i++).putInt(r.length / 2);
            h.put(r);
        }
        Files.write(shp, h.array());
    }

    @Test
    void exportCutsLongDbfTextButKeepsTheFullTextInTheSidecar() throws Exception {
        Path zip = tmp.resolve("s.zip");
        new SchemeExporter(Fixtures.importer().admin()).write(Fixtures.sample(), Format.SHAPEFILE, zip);
        Path dir = new org.ecozoning.io.source.SafeZip().extract(zip, tmp.resolve("unz"));
        assertThat(dir.resolve("control_units.cpg")).hasContent("UTF-8");
        assertThat(Files.readString(dir.resolve("control_units.prj"))).contains("China_Geodetic_Coordinate_System_2000");
        assertThat(dir.resolve("README.txt")).exists();
        SourceLayer layer = new ShapefileReader().read(dir.resolve(SchemeShapefile.UNITS + ".shp"), null);
        assertThat(layer.fieldNames()).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(10));
        String kj = layer.features().get(0).text(Dimension.SPATIAL_LAYOUT.nationalField());
        assertThat(kj).startsWith("1.禁止新建排污口。\n2.禁止在本单元内");
        assertThat(kj.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(254);
        assertThat(Files.readString(dir.resolve("access_list.csv"))).contains(Fixtures.longText());
    }
}
