package org.ecozoning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Test;

class RuleSetLoaderTest {
    private static final ObjectMapper M = new ObjectMapper();
    private final IndustryCatalog catalog = IndustryCatalog.gbt4754();
    private final RuleSetLoader loader = new RuleSetLoader(catalog);

    /** The ids of RULES.md (plus the red-line core prohibition), one rule each. */
    static final List<String> DIGEST_IDS = List.of("YR-CHEM", "YR-MINE-1KM", "FEN-VALLEY", "TY-COKE", "STEEL", "COAL-300MW", "RENEW",
            "RIVERS-HIGHRISK", "CHEM-PARK-ZLD", "PRIORITY", "PRIORITY-REDLINE", "KEY-INDUSTRIAL", "KEY-URBAN", "GENERAL", "AIR-JOINT",
            "SOIL-SITES", "NOISE", "INFRA");

    @Test
    void shippedFileHasOneRulePerDigestRow() {
        RuleSet rs = loader.load(TestScheme.RULES_FILE);
        assertThat(rs.schema()).isEqualTo("ecozoning-rules/1");
        assertThat(rs.version()).isNotBlank();
        assertThat(rs.rules()).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(DIGEST_IDS);
        for (Rule r : rs.rules()) {
            assertThat(r.requirementZh()).as(r.id()).isNotBlank();
            assertThat(r.requirementEn()).as(r.id()).isNotBlank();
            assertThat(r.section()).as(r.id()).matches("[一二三四五六七八九十]+\\([一二三四五六七八九十]+\\).*");
        }
    }

    @Test
    void shippedRulesEncodeTheDigest() {
        RuleSet rs = loader.load(TestScheme.RULES_FILE);
        Rule coal = rs.rule("COAL-300MW").orElseThrow();
        assertThat(coal.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(coal.scope().provinceWide()).isTrue();
        assertThat(coal.industries().include()).containsExactly("4411", "4412");
        assertThat(coal.natures()).containsExactly(ProjectNature.NEW);
        assertThat(coal.conditions()).singleElement().satisfies(c -> {
            assertThat(c.attribute()).isEqualTo("capacityMW");
            assertThat(c.op()).isEqualTo(Operator.LT);
            assertThat(c.value()).isEqualTo(300);
        });
        Rule renew = rs.rule("RENEW").orElseThrow();
        assertThat(renew.flags()).containsExactly(RuleFlag.ENCOURAGED);
        assertThat(renew.scope().zones()).extracting(ZoneScope::type).containsExactly(ZoneType.SUBSIDENCE_AREA, ZoneType.SALINE_ALKALI_LAND);
        Rule rivers = rs.rule("RIVERS-HIGHRISK").orElseThrow();
        assertThat(rivers.scope().zones().get(0).nameContains()).containsExactly("汾河", "桑干河", "滹沱河", "漳河", "沁河");
        assertThat(rs.rule("NOISE").orElseThrow().scope().zones().get(0).withinMeters()).isEqualTo(200);
        assertThat(rs.maxWithinMeters(ZoneType.NOISE_SENSITIVE)).isEqualTo(200);
        assertThat(rs.maxWithinMeters(ZoneType.TAIYUAN_BASIN)).isZero();
        assertThat(rs.rule("PRIORITY").orElseThrow().scope().unitClasses()).containsExactly(UnitClass.PRIORITY_PROTECTION);
        assertThat(rs.rule("CHEM-PARK-ZLD").orElseThrow().scope().unitSubtypes()).containsExactly(UnitSubtype.CHEMICAL_PARK);
        assertThat(rs.rule("CHEM-PARK-ZLD").orElseThrow().dimension()).isEqualTo(Dimension.POLLUTANT_EMISSION);
        assertThat(rs.rule("GENERAL").orElseThrow().industries().any()).isTrue();
        assertThat(rs.rule("GENERAL").orElseThrow().natures()).containsExactlyInAnyOrder(ProjectNature.values());
    }

    @Test
    void everyIndustryCodeInTheRuleFileExistsInTheCatalog() throws IOException {
        // read the raw file, independent of the loader, so a loader bug cannot hide a bad code
        JsonNode root = M.readTree(TestScheme.RULES_FILE.toFile());
        List<String> codes = new ArrayList<>();
        for (JsonNode r : root.get("rules")) {
            JsonNode ind = r.get("industries");
            if (ind.isObject()) {
                for (String part : List.of("include", "exclude")) {
                    if (ind.has(part)) ind.get(part).forEach(c -> codes.add(c.asText()));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(40);
        for (String c : codes) assertThat(catalog.contains(c)).as("GB/T 4754-2017 code %s", c).isTrue();
        // and the codes named by the digest are the intended industries
        assertThat(catalog.require("2521").nameZh()).isEqualTo("炼焦");
        assertThat(catalog.require("4415").nameZh()).isEqualTo("风力发电");
        assertThat(catalog.require("4416").nameZh()).isEqualTo("太阳能发电");
        assertThat(catalog.require("3360").nameZh()).isEqualTo("金属表面处理及热处理加工");
        assertThat(catalog.require("263").nameZh()).isEqualTo("农药制造");
        assertThat(catalog.require("06").nameZh()).isEqualTo("煤炭开采和洗选业");
        assertThat(catalog.require("101").nameZh()).isEqualTo("土砂石开采");
        assertThat(catalog.require("4411").nameZh()).isEqualTo("火力发电");
    }

    @Test
    void rejectsUnknownFieldsWithTheirPlace() {
        assertError(r -> ((ObjectNode) r).put("colour", "red"), "rules[0] YR-CHEM", "未知字段「colour」");
    }

    @Test
    void rejectsUnknownEnumValuesListingTheAllowedOnes() {
        assertError(r -> ((ObjectNode) r.get("scope").get("zones").get(0)).put("type", "YELLOW_RIVER"), "unknown value \"YELLOW_RIVER\"",
                "YELLOW_RIVER_SHORELINE");
        assertError(r -> ((ObjectNode) r).put("verdict", "FORBIDDEN"), "verdict", "PROHIBITED");
        assertError(r -> ((ObjectNode) r).put("dimension", "LAYOUT"), "dimension", "SPATIAL_LAYOUT");
        assertError(r -> ((ObjectNode) r).set("natures", M.createArrayNode().add("BUILD")), "natures", "RELOCATION");
        assertError(r -> ((ObjectNode) r).put("verdict", "OUTSIDE"), "OUTSIDE");
    }

    @Test
    void rejectsIndustryCodesAbsentFromTheStandard() {
        assertError(r -> ((ArrayNode) r.get("industries").get("include")).add("2599"), "2599", "GB/T 4754-2017 中没有该代码");
        assertError(r -> ((ArrayNode) r.get("industries").get("include")).add("26x"), "26x");
    }

    @Test
    void rejectsDuplicateIds() {
        RuleFileException e = load(root -> ((ArrayNode) root.get("rules")).add(root.get("rules").get(0).deepCopy()));
        assertThat(e).hasMessageContaining("ruleId 重复：YR-CHEM").hasMessageContaining("duplicate ruleId YR-CHEM");
    }

    @Test
    void rejectsUndeclaredAttributesAndBadOperators() {
        assertError(r -> ((ObjectNode) r).set("conditions", M.createArrayNode().add(
                M.createObjectNode().put("attribute", "capacityGW").put("op", "<").put("value", 1))), "capacityGW", "未在 attributes 中声明");
        assertError(r -> ((ObjectNode) r).set("conditions", M.createArrayNode().add(
                M.createObjectNode().put("attribute", "capacityMW").put("op", "=<").put("value", 1))), "未知运算符");
        assertError(r -> ((ObjectNode) r).set("conditions", M.createArrayNode().add(
                M.createObjectNode().put("attribute", "capacityMW").put("op", "<").put("value", "300"))), "value", "必须是数字");
    }

    @Test
    void rejectsEmptyScopesBadIdsAndWrongSchema() {
        assertError(r -> ((ObjectNode) r).set("scope", M.createObjectNode()), "空间范围为空");
        assertError(r -> ((ObjectNode) r).put("ruleId", "yr chem"), "ruleId");
        assertError(r -> ((ObjectNode) r.get("scope").get("zones").get(0)).put("withinMeters", -5), "withinMeters");
        RuleFileException e = load(root -> ((ObjectNode) root).put("schema", "ecozoning-rules/2"));
        assertThat(e).hasMessageContaining("ecozoning-rules/2").hasMessageContaining("ecozoning-rules/1");
        RuleFileException empty = load(root -> ((ObjectNode) root).set("rules", M.createArrayNode()));
        assertThat(empty).hasMessageContaining("rules");
    }

    @Test
    void rejectsMalformedJsonWithItsLine() {
        assertThatThrownBy(() -> loader.load(new ByteArrayInputStream("{\n\"schema\": \"ecozoning-rules/1\",\n\"rules\": [,]}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("第 3 行").hasMessageContaining("malformed JSON");
    }

    @Test
    void acceptsANewRuleWrittenOnlyAsData() throws IOException {
        ObjectNode root = (ObjectNode) M.readTree(TestScheme.RULES_FILE.toFile());
        ObjectNode extra = M.createObjectNode();
        extra.put("ruleId", "TEST-GLASS");
        extra.set("title", M.createObjectNode().put("zh", "测试：全省限制平板玻璃"));
        extra.put("dimension", "SPATIAL_LAYOUT").put("verdict", "RESTRICTED");
        extra.set("scope", M.createObjectNode().put("provinceWide", true));
        extra.set("industries", M.createObjectNode().set("include", M.createArrayNode().add("3041")));
        extra.set("requirement", M.createObjectNode().put("zh", "平板玻璃须产能置换。"));
        ((ArrayNode) root.get("rules")).add(extra);
        RuleSet rs = loader.parse(root);
        Rule r = rs.rule("TEST-GLASS").orElseThrow();
        assertThat(r.natures()).containsExactlyInAnyOrder(ProjectNature.values());
        assertThat(r.industries().include()).containsExactly("3041");
        assertThat(rs.rules()).hasSize(DIGEST_IDS.size() + 1);
    }

    private void assertError(Consumer<JsonNode> mutateFirstRule, String... fragments) {
        RuleFileException e = load(root -> mutateFirstRule.accept(root.get("rules").get(0)));
        for (String f : fragments) assertThat(e).hasMessageContaining(f);
        assertThat(e.code()).isEqualTo("BAD_RULE_FILE");
    }

    private RuleFileException load(Consumer<JsonNode> mutate) {
        try {
            JsonNode root = M.readTree(Files.readString(TestScheme.RULES_FILE));
            mutate.accept(root);
            byte[] bytes = M.writeValueAsBytes(root);
            loader.load(new ByteArrayInputStream(bytes));
        } catch (RuleFileException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the rule file was accepted");
    }
}
