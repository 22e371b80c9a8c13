package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.io.mapping.AdminDivisions;
import org.ecozoning.io.mapping.ClauseSplitter;
import org.ecozoning.io.mapping.FieldMapping;
import org.ecozoning.io.mapping.FieldResolver;
import org.ecozoning.io.mapping.SubtypeInference;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.shp.DbfWriter;
import org.ecozoning.io.shp.SchemeShapefile;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Field mappings: the national convention on a hand-made Shapefile, name inference, numbered items. */
class MappingTest {
    @TempDir
    Path tmp;

    private static Geometry boxIn(AdminDivisions admin, String county) {
        Point p = admin.county(county).boundary().getInteriorPoint();
        return Fixtures.box(p.getX() - 0.002, p.getY() - 0.002, p.getX() + 0.002, p.getY() + 0.002);
    }

    private static Map<String, Object> national(String code, String name, String cls, String city, String area, String kj, String pw) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("HJZHGKDYBM", code);
        m.put("HJZHGKDYMC", name);
        m.put("ZHGKDYFL", cls);
        m.put("PROV", "山西省");
        m.put("CITY", city);
        m.put("AREA", area);
        m.put("KJBJYS", kj);
        m.put("PWWPFGK", pw);
        m.put("HJFXFK", "加强环境风险防控。");
        m.put("ZYKFXLYQ", "/");
        return m;
    }

    @Test
    void nationalConventionShapefileInGbk() throws Exception {
        AdminDivisions admin = Fixtures.importer().admin();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Geometry> geoms = new ArrayList<>();
        rows.add(national("ZH14021510001", "云州区桑干河湿地", "1", "大同市", "云州区",
                "1.禁止围垦湿地。2.禁止在湿地内新建、扩建工业项目；3.5 米以下浅滩禁止采砂。", "无"));
        geoms.add(boxIn(admin, "140227"));
        rows.add(national("ZH14040220001", "长治市城区城镇单元", "2", "长治市", "城区", "执行城市总体规划。", "（1）实施超低排放（2）削减挥发性有机物"));
        geoms.add(boxIn(admin, "140402"));
        rows.add(national("ZH14010530001", "小店区一般管控单元", "3", "太原市", "清徐县", "执行省市总体准入要求。", "执行排放标准。"));
        geoms.add(boxIn(admin, "140105"));
        Path dir = tmp.resolve("nat");
        Files.createDirectories(dir);
        List<DbfWriter.Column> cols = new ArrayList<>();
        for (String c : rows.get(0).keySet()) cols.add(new DbfWriter.Column(c, 'C'));
        SchemeShapefile.writeLayer(dir, "管控单元", cols, List.of(), geoms); // writes .prj too
        DbfWriter.write(dir, "管控单元", cols, rows, Charset.forName("GBK"));
        ImportResult r = Fixtures.importer().read(dir, null, null);
        assertThat(r.mapping()).isEqualTo("national");
        assertThat(r.encoding()).isEqualTo("GBK");
        assertThat(r.qa().errors()).as(r.qa().toText()).isEmpty();
        Map<String, ControlUnit> units = new LinkedHashMap<>();
        for (ControlUnit u : r.content().units()) units.put(u.code().value(), u);

        ControlUnit wetland = units.get("ZH14021510001");
        assertThat(wetland.unitClass()).isEqualTo(UnitClass.PRIORITY_PROTECTION);
        assertThat(wetland.subtype()).isEqualTo(UnitSubtype.IMPORTANT_WETLAND);
        assertThat(List.of(wetland.cityCode(), wetland.cityName(), wetland.countyCode(), wetland.countyName()))
                .containsExactly("140200", "大同市", "140215", "云州区");

        ControlUnit urban = units.get("ZH14040220001");
        assertThat(urban.subtype()).isEqualTo(UnitSubtype.URBAN_CENTRE);
        assertThat(urban.countyCode()).isEqualTo("140402"); // 城区 resolved within 长治市, not 大同/阳泉/晋城

        ControlUnit general = units.get("ZH14010530001");
        assertThat(general.subtype()).isEqualTo(UnitSubtype.GENERAL);
        assertThat(r.qa().byCode(IssueCode.ADMIN_MISMATCH)).singleElement()
                .satisfies(i -> assertThat(i.featureId()).isEqualTo("ZH14010530001"));

        List<Clause> clauses = r.content().clauses();
        assertThat(clauses).filteredOn(c -> c.scopeCode().equals("ZH14021510001") && c.dimension() == Dimension.SPATIAL_LAYOUT)
                .extracting(Clause::id, Clause::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ZH14021510001-KJBJYS-1", "禁止围垦湿地。"),
                        org.assertj.core.groups.Tuple.tuple("ZH14021510001-KJBJYS-2", "禁止在湿地内新建、扩建工业项目；3.5 米以下浅滩禁止采砂。"));
        assertThat(clauses).filteredOn(c -> c.scopeCode().equals("ZH14040220001") && c.dimension() == Dimension.POLLUTANT_EMISSION)
                .extracting(Clause::text).containsExactly("实施超低排放", "削减挥发性有机物");
        assertThat(clauses).allSatisfy(c -> assertThat(c.level()).isEqualTo(ListLevel.UNIT));
        // "无" and "/" are empty markers: no clause, and the unit is reported as lacking that dimension
        assertThat(clauses).noneMatch(c -> c.text().equals("无") || c.text().equals("/"));
        assertThat(r.qa().byCode(IssueCode.MISSING_ACCESS_LIST)).isNotEmpty()
                .allSatisfy(i -> assertThat(i.messageEn()).contains("Resource use efficiency"));

        // Re-import gives the same ids: ids are stable.
        ImportResult again = Fixtures.importer().read(dir, null, null);
        assertThat(again.content().clauses()).extracting(Clause::id).containsExactlyElementsOf(clauses.stream().map(Clause::id).toList());
    }

    @Test
    void numberedItemsAreSplitOnlyInSequence() {
        assertThat(ClauseSplitter.split("1.禁止A。2.禁止B，3.5米以内除外。3、限制C")).containsExactly("禁止A。", "禁止B，3.5米以内除外。", "限制C");
        assertThat(ClauseSplitter.split("总体要求：执行省级清单。1．禁止A；2．禁止B")).containsExactly("总体要求：执行省级清单。", "禁止A；", "禁止B");
        assertThat(ClauseSplitter.split("①禁止A②禁止B")).containsExactly("禁止A", "禁止B");
        assertThat(ClauseSplitter.split("2020年前完成改造，执行GB 3095-2012二级标准。")).containsExactly("2020年前完成改造，执行GB 3095-2012二级标准。");
        assertThat(ClauseSplitter.split("无")).isEmpty();
        assertThat(ClauseSplitter.split("  ")).isEmpty();
        List<String> items = List.of("禁止A。", "禁止B，3.5米以内除外。");
        assertThat(ClauseSplitter.split(ClauseSplitter.join(items))).containsExactlyElementsOf(items);
    }

    @Test
    void subtypeFromName() {
        assertThat(SubtypeInference.fromName("太原市生态保护红线", UnitClass.PRIORITY_PROTECTION)).isEqualTo(UnitSubtype.ECOLOGICAL_RED_LINE);
        assertThat(SubtypeInference.fromName("晋祠泉域重点保护区", UnitClass.PRIORITY_PROTECTION)).isEqualTo(UnitSubtype.KARST_SPRING);
        assertThat(SubtypeInference.fromName("清徐精细化工园区", UnitClass.KEY_CONTROL)).isEqualTo(UnitSubtype.CHEMICAL_PARK);
        assertThat(SubtypeInference.fromName("太原经济技术开发区", UnitClass.KEY_CONTROL)).isEqualTo(UnitSubtype.INDUSTRIAL_PARK);
        assertThat(SubtypeInference.fromName("古交市煤矿开采区", UnitClass.KEY_CONTROL)).isEqualTo(UnitSubtype.MINING_AREA);
        // a keyword of another class is not taken
        assertThat(SubtypeInference.fromName("工业园区水源地", UnitClass.KEY_CONTROL)).isEqualTo(UnitSubtype.INDUSTRIAL_PARK);
        assertThat(SubtypeInference.fromName("某单元", UnitClass.PRIORITY_PROTECTION)).isNull();
    }

    @Test
    void truncatedDbfNamesResolveOnlyWhenUnambiguous() throws Exception {
        FieldMapping chinese = Fixtures.importer().mappings().get("chinese");
        // UTF-8 dBASE names cut to 9 bytes: three characters
        FieldResolver r = new FieldResolver(chinese, List.of("单元编", "单元名", "管控类", "空间布", "污染物", "环境风", "资源开"));
        assertThat(r.field(FieldMapping.Key.CODE)).isEqualTo("单元编");
        assertThat(r.field(FieldMapping.Key.NAME)).isEqualTo("单元名");
        assertThat(r.field(FieldMapping.Key.CLASS)).isEqualTo("管控类");
        for (Dimension d : Dimension.values()) assertThat(r.dimensionField(d)).isNotNull();
        // "环境管" starts both the code and the name candidates (环境管控单元编码/名称): not bound
        FieldResolver amb = new FieldResolver(chinese, List.of("环境管", "单元名称"));
        assertThat(amb.field(FieldMapping.Key.CODE)).isNull();
        assertThat(amb.field(FieldMapping.Key.NAME)).isEqualTo("单元名称");
    }

    @Test
    void classValuesOfTheMappings() {
        FieldMapping chinese = Fixtures.importer().mappings().get("chinese");
        assertThat(chinese.parseClass("优先保护")).isEqualTo(UnitClass.PRIORITY_PROTECTION);
        assertThat(chinese.parseClass("重点管控单元")).isEqualTo(UnitClass.KEY_CONTROL);
        assertThat(chinese.parseClass("3")).isEqualTo(UnitClass.GENERAL_CONTROL);
        assertThat(chinese.parseClass("3.0")).isEqualTo(UnitClass.GENERAL_CONTROL);
        assertThat(chinese.parseClass("GENERAL_CONTROL")).isEqualTo(UnitClass.GENERAL_CONTROL);
        assertThat(chinese.parseClass("4")).isNull();
        assertThat(chinese.parseClass("保护")).isNull();
        assertThat(Fixtures.importer().mappings().get("national").parseClass("02")).isEqualTo(UnitClass.KEY_CONTROL);
    }

    @Test
    void badMappingFilesAreRejectedWithTheReason() {
        ObjectMapper m = new ObjectMapper();
        assertThatThrownBy(() -> FieldMapping.parse(m.readTree("{\"name\":\"x\",\"fields\":{}}"), "x.json"))
                .hasMessageContaining("x.json").hasMessageContaining("fields.code");
        assertThatThrownBy(() -> FieldMapping.parse(m.readTree("{\"name\":\"x\",\"fields\":{\"code\":\"C\"},\"dimensions\":{\"NOISE\":[\"N\"]}}"), "x.json"))
                .hasMessageContaining("unknown Dimension value: NOISE");
        assertThatThrownBy(() -> FieldMapping.parse(m.readTree("{\"name\":\"x\",\"fields\":{\"code\":\"C\"},\"defaultSubtypes\":{\"KEY_CONTROL\":\"GENERAL\"}}"), "x.json"))
                .hasMessageContaining("not of class KEY_CONTROL");
        assertThatThrownBy(() -> Fixtures.importer().mappings().get("nope")).hasMessageContaining("national");
    }

    @Test
    void nativeSampleFieldsAreUnderstood() throws Exception {
        Path f = new GeoJsonBuilder()
                .add(Fixtures.box(112.50, 37.70, 112.51, 37.71), "code", "ZH14010520001", "name", "某园区", "class", "KEY_CONTROL",
                        "subtype", "CHEMICAL_PARK", "cityCode", "140100", "cityName", "太原市", "countyCode", "140105", "countyName", "小店区")
                .write(tmp.resolve("units.geojson"));
        ImportResult r = Fixtures.importer().read(f, null, null);
        assertThat(r.mapping()).isEqualTo("native");
        assertThat(r.content().units()).singleElement().satisfies(u -> {
            assertThat(u.subtype()).isEqualTo(UnitSubtype.CHEMICAL_PARK);
            assertThat(u.countyName()).isEqualTo("小店区");
        });
        assertThat(r.qa().byCode(IssueCode.MISSING_ACCESS_LIST)).singleElement()
                .satisfies(i -> assertThat(i.messageEn()).contains("no access-list fields"));
    }
}
