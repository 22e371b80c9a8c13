package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.ecozoning.io.crs.CrsNormalizer;
import org.ecozoning.io.crs.SupportedCrs;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.qa.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/** Each QA issue code, found on hand-made data (plain Chinese field names). */
class QaTest {
    @TempDir
    Path tmp;

    private ImportResult read(GeoJsonBuilder b) throws Exception {
        return Fixtures.importer().read(b.write(tmp.resolve("qa.geojson")), Fixtures.importer().mappings().get("chinese"), null);
    }

    private static Object[] unit(String code, String name, Object cls, String... spatial) {
        return new Object[] {"单元编码", code, "单元名称", name, "管控类别", cls, "空间布局约束", spatial.length == 0 ? null : spatial[0],
                "污染物排放管控", "执行排放标准。", "环境风险防控", "加强风险防控。", "资源开发效率要求", "节约用水。"};
    }

    private static List<QaIssue> of(ImportResult r, IssueCode code) { return r.qa().byCode(code); }

    @Test
    void attributeIssues() throws Exception {
        ImportResult r = read(new GeoJsonBuilder()
                .add(Fixtures.box(112.50, 37.70, 112.51, 37.71), unit("ZH14010510001", "水源地保护区", "优先保护", "禁止排污。"))
                .add(Fixtures.box(112.51, 37.70, 112.52, 37.71), unit("ZH14010510001", "重复的单元", "1", "禁止排污。"))
                .add(Fixtures.box(112.52, 37.70, 112.53, 37.71), unit("ZH1401052", "编码太短", "2", "x"))
                .add(Fixtures.box(112.53, 37.70, 112.54, 37.71), unit("ZH14010540001", "类别位为四", "2", "x"))
                .add(Fixtures.box(112.54, 37.70, 112.55, 37.71), unit("ZH14010520002", "类别写成四", "4", "x"))
                .add(Fixtures.box(112.55, 37.70, 112.56, 37.71), unit("ZH14010510003", "类别与编码不符", "重点管控", "x"))
                .add(Fixtures.box(112.56, 37.70, 112.57, 37.71), "单元编码", "ZH14010530009", "单元名称", "没有清单", "管控类别", "一般管控"));
        assertThat(r.ok()).isFalse();
        assertThat(of(r, IssueCode.DUPLICATE_CODE)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.featureIndex()).isEqualTo(1);
            assertThat(i.featureId()).isEqualTo("ZH14010510001");
            assertThat(i.field()).isEqualTo("单元编码");
            assertThat(i.file()).isEqualTo("qa.geojson");
        });
        assertThat(of(r, IssueCode.MALFORMED_CODE)).extracting(QaIssue::featureIndex).containsExactlyInAnyOrder(2, 3);
        assertThat(of(r, IssueCode.CLASS_OUT_OF_RANGE)).singleElement().satisfies(i -> {
            assertThat(i.featureIndex()).isEqualTo(4);
            assertThat(i.field()).isEqualTo("管控类别");
            assertThat(i.messageZh()).contains("“4”");
        });
        assertThat(of(r, IssueCode.CLASS_CODE_MISMATCH)).singleElement().satisfies(i -> assertThat(i.featureIndex()).isEqualTo(5));
        assertThat(of(r, IssueCode.MISSING_ACCESS_LIST)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.featureId()).isEqualTo("ZH14010530009");
        });
        // Only the first and the last feature became units.
        assertThat(r.content().units()).extracting(u -> u.code().value()).containsExactly("ZH14010510001", "ZH14010530009");
    }

    @Test
    void invalidGeometryOverlapAndOutsideProvince() throws Exception {
        ImportResult r = read(new GeoJsonBuilder()
                .add("POLYGON ((112.50 37.70, 112.52 37.72, 112.52 37.70, 112.50 37.72, 112.50 37.70))", unit("ZH14010510001", "自相交单元", 1, "x"))
                .add(Fixtures.box(112.53, 37.70, 112.55, 37.72), unit("ZH14010520001", "工业园区", 2, "x"))
                .add(Fixtures.box(112.54, 37.71, 112.56, 37.73), unit("ZH14010530001", "一般管控单元", 3, "x"))
                .add(Fixtures.box(100.00, 30.00, 100.01, 30.01), unit("ZH14010530002", "跑到四川的单元", 3, "x")));
        QaIssue invalid = of(r, IssueCode.INVALID_GEOMETRY).get(0);
        assertThat(invalid.severity()).isEqualTo(Severity.ERROR);
        assertThat(invalid.featureIndex()).isZero();
        assertThat(invalid.messageZh()).contains("自相交");
        assertThat(invalid.lon()).isCloseTo(112.51, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(invalid.lat()).isCloseTo(37.71, org.assertj.core.data.Offset.offset(1e-6));

        QaIssue overlap = of(r, IssueCode.OVERLAP).get(0);
        assertThat(overlap.severity()).isEqualTo(Severity.ERROR);
        assertThat(overlap.messageEn()).contains("ZH14010520001").contains("ZH14010530001");
        // 0.01° × 0.01° at 37.7°N ≈ 881 m × 1110 m
        assertThat(overlap.areaM2()).isBetween(0.95e6, 1.0e6);
        assertThat(overlap.lon()).isBetween(112.54, 112.55);
        assertThat(overlap.lat()).isBetween(37.71, 37.72);

        assertThat(of(r, IssueCode.OUTSIDE_PROVINCE)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.featureIndex()).isEqualTo(3);
            assertThat(i.lon()).isBetween(100.0, 100.01);
        });
    }

    @Test
    void gapsBetweenUnitsAndAgainstTheCountyBoundary() throws Exception {
        // A county not in the boundary data (code 149901): gaps are the holes of the union of its units.
        // A ring of four units leaves a 0.01° square hole in the middle.
        ImportResult r = read(new GeoJsonBuilder()
                .add(Fixtures.box(112.50, 37.70, 112.53, 37.71), unit("ZH14990130001", "南", 3, "x"))
                .add(Fixtures.box(112.50, 37.72, 112.53, 37.73), unit("ZH14990130002", "北", 3, "x"))
                .add(Fixtures.box(112.50, 37.71, 112.51, 37.72), unit("ZH14990130003", "西", 3, "x"))
                .add(Fixtures.box(112.52, 37.71, 112.53, 37.72), unit("ZH14990130004", "东", 3, "x"))
                // 小店区 (140105): one unit covers a small part of the county; the rest is a gap.
                .add(Fixtures.box(112.55, 37.70, 112.56, 37.71), unit("ZH14010530001", "小店区一般单元", 3, "x")));
        List<QaIssue> gaps = of(r, IssueCode.GAP);
        assertThat(gaps).allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
        QaIssue hole = gaps.stream().filter(i -> i.messageEn().contains("149901")).findFirst().orElseThrow();
        assertThat(hole.messageEn()).contains("between units");
        assertThat(hole.areaM2()).isBetween(0.95e6, 1.0e6);
        assertThat(hole.lon()).isBetween(112.51, 112.52);
        assertThat(hole.lat()).isBetween(37.71, 37.72);
        QaIssue county = gaps.stream().filter(i -> i.messageEn().contains("140105")).findFirst().orElseThrow();
        assertThat(county.messageEn()).contains("within the county boundary");
        assertThat(county.messageZh()).startsWith("小店区");
        assertThat(county.areaM2()).isGreaterThan(50e6); // 小店区 is ~290 km²; one 1 km² unit leaves most uncovered
        assertThat(r.ok()).isTrue();
    }

    @Test
    void wrongCrsIsSuspectedAndSpatialChecksAreSkipped() throws Exception {
        Geometry metres = CrsNormalizer.fromCgcs2000(Fixtures.box(112.50, 37.70, 112.51, 37.71), SupportedCrs.CGCS2000_GK_CM114);
        ImportResult r = read(new GeoJsonBuilder().add(metres, unit("ZH14010530001", "米制坐标", 3, "x")));
        assertThat(of(r, IssueCode.WRONG_CRS_SUSPECTED)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.messageEn()).contains("metres").contains("EPSG:4546").contains("EPSG:4547");
        });
        assertThat(of(r, IssueCode.OUTSIDE_PROVINCE)).isEmpty();
        ImportResult swapped = read(new GeoJsonBuilder().add("POLYGON ((37.70 112.50, 37.71 112.50, 37.71 112.51, 37.70 112.51, 37.70 112.50))",
                unit("ZH14010530001", "经纬度颠倒", 3, "x")));
        assertThat(of(swapped, IssueCode.WRONG_CRS_SUSPECTED)).singleElement().satisfies(i -> assertThat(i.messageEn()).contains("swapped"));
    }

    @Test
    void reportRendersAsJsonAndMarkdown() throws Exception {
        ImportResult r = read(new GeoJsonBuilder()
                .add(Fixtures.box(112.53, 37.70, 112.55, 37.72), unit("ZH14010520001", "工业园区", 2, "x"))
                .add(Fixtures.box(112.54, 37.71, 112.56, 37.73), unit("ZH14010520001", "工业园区二", 2, "x")));
        JsonNode json = new ObjectMapper().readTree(r.qa().toJson());
        assertThat(json.path("errors").asInt()).isEqualTo(r.qa().errors().size()).isPositive();
        assertThat(json.path("counts").path("DUPLICATE_CODE").asInt()).isEqualTo(1);
        JsonNode dup = null;
        for (JsonNode n : json.path("issues")) if (n.path("code").asText().equals("DUPLICATE_CODE")) dup = n;
        assertThat(dup).isNotNull();
        assertThat(dup.path("featureIndex").asInt()).isEqualTo(1);
        assertThat(dup.path("field").asText()).isEqualTo("单元编码");
        assertThat(dup.path("messageZh").asText()).contains("单元编码重复");
        String md = r.qa().toMarkdown();
        assertThat(md).contains("# 数据质量检查报告 / Data QA report").contains("| DUPLICATE_CODE | 单元编码重复 / Duplicate unit code | 1 |")
                .contains("导入已停止").contains("要素/feature #2 (ZH14010520001)");
        assertThat(r.qa().toText()).contains("[错误/ERROR] DUPLICATE_CODE qa.geojson");
    }

    @Test
    void progressIsReportedPerPhase() throws Exception {
        GeoJsonBuilder b = new GeoJsonBuilder();
        for (int i = 0; i < 3; i++) b.add(Fixtures.box(112.50 + i * 0.01, 37.70, 112.51 + i * 0.01, 37.71), unit("ZH1401053000" + (i + 1), "单元" + i, 3, "x"));
        java.util.List<String> events = new java.util.ArrayList<>();
        Fixtures.importer().read(b.write(tmp.resolve("p.geojson")), null, (phase, done, total) -> events.add(phase + " " + done + "/" + total));
        assertThat(events).contains("read 3/3", "map 3/3", "qa 1/1");
    }
}
