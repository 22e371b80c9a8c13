package org.ecozoning.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.model.ListLevel;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Verdict;
import org.ecozoning.testing.Sites;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a scheme folder in the sample-data layout, and the checks a scheme makes when built. */
class SchemeFilesTest {
    static final ObjectMapper M = new ObjectMapper();
    @TempDir Path dir;
    ObjectNode units, zones, lists, counties;

    @BeforeEach
    void writeMinimalScheme() {
        units = collection();
        units.withArray("features").add(feature(rect(112.50, 37.90, 112.70, 38.10))
                .put("code", "ZH14010530001").put("name", "一般单元").put("class", "GENERAL_CONTROL").put("subtype", "GENERAL")
                .put("cityCode", "140100").put("cityName", "太原市").put("countyCode", "140105").put("countyName", "小店区").parent);
        units.withArray("features").add(feature(rect(112.30, 37.90, 112.50, 38.10))
                .put("code", "ZH14010520001").put("name", "城镇中心").put("class", "KEY_CONTROL").put("subtype", "URBAN_CENTRE")
                .put("cityCode", "140100").put("cityName", "太原市").put("countyCode", "140105").put("countyName", "小店区").parent);
        zones = collection();
        zones.withArray("features").add(feature(rect(112.40, 37.90, 112.70, 38.10)).put("id", "Z1").put("type", "TAIYUAN_BASIN").put("name", "太原盆地").parent);
        lists = M.createObjectNode();
        ArrayNode cs = lists.putArray("clauses");
        cs.addObject().put("id", "P-1").put("level", "PROVINCE").put("scope", "140000").put("dimension", "SPATIAL_LAYOUT").put("text", "严禁新增钢铁产能")
                .putArray("ruleIds").add("STEEL");
        cs.addObject().put("id", "U-1").put("level", "UNIT").put("scope", "ZH14010530001").put("dimension", "SPATIAL_LAYOUT").put("text", "基本要求")
                .putArray("ruleIds").add("GENERAL");
        counties = collection();
        counties.withArray("features").add(feature(rect(112.30, 37.90, 112.70, 38.30)).put("adcode", "140105").put("name", "小店区").put("city", "太原市")
                .put("cityCode", "140100").parent);
    }

    @Test
    void loadsAFolderAndAssessesAgainstIt() throws IOException {
        write();
        Files.writeString(dir.resolve("scheme.json"), "{\"version\": \"2024-sample-1\"}");
        Scheme s = SchemeFiles.load(dir, TestScheme.rules());
        assertThat(s.version()).isEqualTo("2024-sample-1");
        assertThat(s.units()).hasSize(2);
        assertThat(s.zones()).hasSize(1);
        assertThat(s.counties()).hasSize(1);
        assertThat(s.clauses(ListLevel.PROVINCE, "140000")).hasSize(1);
        assertThat(s.unit("ZH14010520001")).isPresent();
        assertThat(s.layers().keySet()).containsExactly(111, 114);
        assertThat(s.extent().getMinX()).isEqualTo(112.30);
        assertThat(s.issues()).isEmpty();
        AssessmentReport r = new ComplianceEngine(s, TestScheme.catalog()).assess(Sites.input(112.45, 37.95, "2521", ProjectNature.NEW));
        assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED); // TY-COKE in the basin
        assertThat(r.schemeVersion()).isEqualTo("2024-sample-1");
    }

    @Test
    void findsTheRuleFileOfTheWorkspaceLayout() throws IOException {
        Path sample = dir.resolve("sample");
        Files.createDirectories(sample);
        Files.createDirectories(dir.resolve("rules"));
        Files.copy(TestScheme.RULES_FILE, dir.resolve("rules/shanxi-rules.json"));
        writeTo(sample);
        Scheme s = SchemeFiles.load(sample);
        assertThat(s.version()).isEqualTo("sample");
        assertThat(s.rules().rule("STEEL")).isPresent();
        assertThat(SchemeFiles.findRules(sample)).isEqualTo(dir.resolve("rules/shanxi-rules.json").toAbsolutePath());
        Files.copy(TestScheme.RULES_FILE, sample.resolve("rules.json"));
        assertThat(SchemeFiles.findRules(sample)).isEqualTo(sample.resolve("rules.json"));
        Path lonely = Files.createDirectories(dir.resolve("elsewhere/deeper"));
        assertThatThrownBy(() -> SchemeFiles.findRules(lonely)).isInstanceOf(SchemeException.class).hasMessageContaining("找不到规则文件");
    }

    @Test
    void unknownValuesAndMissingPropertiesNameTheFeature() throws IOException {
        ((ObjectNode) units.get("features").get(1).get("properties")).put("class", "KEY");
        write();
        assertThatThrownBy(() -> SchemeFiles.load(dir, TestScheme.rules()))
                .isInstanceOf(SchemeException.class)
                .hasMessageContaining("units.geojson features[1] ZH14010520001 class").hasMessageContaining("KEY_CONTROL");
        ((ObjectNode) units.get("features").get(1).get("properties")).put("class", "KEY_CONTROL").remove("name");
        write();
        assertThatThrownBy(() -> SchemeFiles.load(dir, TestScheme.rules())).hasMessageContaining("缺少属性「name」");
    }

    @Test
    void aClassDigitDisagreeingWithTheClassIsRefused() throws IOException {
        ((ObjectNode) units.get("features").get(1).get("properties")).put("class", "GENERAL_CONTROL").put("subtype", "GENERAL");
        write();
        assertThatThrownBy(() -> SchemeFiles.load(dir, TestScheme.rules())).isInstanceOf(SchemeException.class)
                .hasMessageContaining("ZH14010520001").hasMessageContaining("class digit");
    }

    @Test
    void clausesMustLinkToKnownRulesAndUnits() throws IOException {
        ((ArrayNode) lists.get("clauses").get(0).get("ruleIds")).add("NO-SUCH-RULE");
        write();
        assertThatThrownBy(() -> SchemeFiles.load(dir, TestScheme.rules())).isInstanceOf(SchemeException.class)
                .hasMessageContaining("NO-SUCH-RULE").hasMessageContaining("P-1");
        writeMinimalScheme();
        ((ObjectNode) lists.get("clauses").get(1)).put("scope", "ZH14010530099");
        write();
        assertThatThrownBy(() -> SchemeFiles.load(dir, TestScheme.rules())).hasMessageContaining("不存在的单元 ZH14010530099");
        writeMinimalScheme();
        ((ObjectNode) lists.get("clauses").get(0)).put("scope", "130000");
        write();
        assertThatThrownBy(() -> SchemeFiles.load(dir, TestScheme.rules())).hasMessageContaining("130000");
    }

    @Test
    void duplicateCodesAndMissingFilesAreErrors() throws IOException {
        ((ObjectNode) units.get("features").get(1).get("properties")).put("code", "ZH14010530001").put("class", "GENERAL_CONTROL").put("subtype", "GENERAL");
        write();
        assertThatThrownBy(() -> SchemeFiles.load(dir, TestScheme.rules())).hasMessageContaining("单元编码重复");
        Files.delete(dir.resolve("units.geojson"));
        assertThatThrownBy(() -> SchemeFiles.load(dir, TestScheme.rules())).hasMessageContaining("units.geojson").hasMessageContaining("file not found");
    }

    @Test
    void invalidUnitGeometryIsRepairedAndListed() throws IOException {
        ObjectNode geom = (ObjectNode) units.get("features").get(0).get("geometry");
        ArrayNode bow = M.createArrayNode();
        for (double[] p : new double[][] {{112.5, 37.9}, {112.7, 38.1}, {112.7, 37.9}, {112.5, 38.1}, {112.5, 37.9}}) bow.addArray().add(p[0]).add(p[1]);
        geom.putArray("coordinates").add(bow);
        write();
        Scheme s = SchemeFiles.load(dir, TestScheme.rules());
        assertThat(s.issues()).singleElement().asString().contains("ZH14010530001").contains("已自动修复");
        assertThat(s.unit("ZH14010530001").orElseThrow().geometry().isValid()).isTrue();
    }

    @Test
    void anEmptySchemeJudgesEverythingOutside() {
        Scheme empty = Scheme.builder("empty", TestScheme.rules()).build();
        assertThat(empty.layers()).isEmpty();
        AssessmentReport r = new ComplianceEngine(empty, TestScheme.catalog()).assess(Sites.input(112.45, 37.95, "2521", ProjectNature.NEW));
        assertThat(r.verdict()).isEqualTo(Verdict.OUTSIDE);
        assertThat(r.measure().crs()).isEqualTo("EPSG:4546");
    }

    private void write() throws IOException { writeTo(dir); }

    private void writeTo(Path d) throws IOException {
        M.writeValue(d.resolve("units.geojson").toFile(), units);
        M.writeValue(d.resolve("zones.geojson").toFile(), zones);
        M.writeValue(d.resolve("access-lists.json").toFile(), lists);
        M.writeValue(d.resolve("counties.geojson").toFile(), counties);
    }

    private static ObjectNode collection() {
        ObjectNode fc = M.createObjectNode().put("type", "FeatureCollection");
        fc.putArray("features");
        return fc;
    }

    /** A feature with the given polygon; returns its properties object (whose {@code parent} is the feature). */
    private static Props feature(ArrayNode ring) {
        ObjectNode f = M.createObjectNode().put("type", "Feature");
        ObjectNode g = f.putObject("geometry").put("type", "Polygon");
        g.putArray("coordinates").add(ring);
        return new Props(f, f.putObject("properties"));
    }

    private record Props(ObjectNode parent, ObjectNode props) {
        Props put(String k, String v) { props.put(k, v); return this; }
    }

    private static ArrayNode rect(double x0, double y0, double x1, double y1) {
        ArrayNode a = M.createArrayNode();
        for (double[] p : new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}) a.addArray().add(p[0]).add(p[1]);
        return a;
    }
}
