package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.model.Dimension;
import org.junit.jupiter.api.Test;

/** access-lists.json: format, coverage of every unit in all four dimensions, and rule ids from RULES.md. */
class AccessListTest {
    /** The rule ids of /work/shared/domain/RULES.md (copied here on purpose, independent of the generator). */
    static final Set<String> RULES_MD_IDS = Set.of("YR-CHEM", "YR-MINE-1KM", "FEN-VALLEY", "TY-COKE", "STEEL", "COAL-300MW",
            "RENEW", "RIVERS-HIGHRISK", "CHEM-PARK-ZLD", "PRIORITY", "KEY-INDUSTRIAL", "KEY-URBAN", "GENERAL", "AIR-JOINT",
            "SOIL-SITES", "NOISE", "INFRA");

    @Test
    void clausesHaveTheAgreedFieldsAndUniqueStableIds() {
        Set<String> ids = new HashSet<>();
        for (JsonNode c : SampleFiles.clauses()) {
            Set<String> fields = new TreeSet<>();
            c.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("id", "level", "scope", "dimension", "text", "ruleIds");
            assertThat(ids.add(c.get("id").asText())).as(c.get("id").asText()).isTrue();
            assertThat(c.get("text").asText()).isNotBlank();
            assertThat(c.get("ruleIds").isArray()).isTrue();
            Dimension.valueOf(c.get("dimension").asText());
            String id = c.get("id").asText(), scope = c.get("scope").asText();
            switch (c.get("level").asText()) {
                case "PROVINCE" -> {
                    assertThat(scope).isEqualTo("140000");
                    assertThat(id).matches("P-(SL|PE|ER|RE)-\\d{2}");
                }
                case "CITY" -> assertThat(id).matches("C" + scope + "-(SL|PE|ER|RE)-\\d{2}");
                case "UNIT" -> assertThat(id).matches(scope + "-(SL|PE|ER|RE)-\\d+");
                default -> throw new AssertionError("bad level " + c.get("level"));
            }
        }
    }

    @Test
    void everyRuleIdIsARulesMdIdAndEveryRuleIsCitedByTheProvinceList() {
        Set<String> provinceRules = new HashSet<>();
        for (JsonNode c : SampleFiles.clauses()) {
            for (JsonNode r : c.get("ruleIds")) {
                assertThat(RULES_MD_IDS).as("clause " + c.get("id").asText()).contains(r.asText());
                if ("PROVINCE".equals(c.get("level").asText())) provinceRules.add(r.asText());
            }
        }
        assertThat(provinceRules).containsExactlyInAnyOrderElementsOf(RULES_MD_IDS);
    }

    @Test
    void everyUnitHasClausesInAllFourDimensionsAndEveryCityHasAList() {
        Map<String, EnumSet<Dimension>> byUnit = new HashMap<>();
        Set<String> cities = new HashSet<>();
        EnumSet<Dimension> province = EnumSet.noneOf(Dimension.class);
        for (JsonNode c : SampleFiles.clauses()) {
            Dimension d = Dimension.valueOf(c.get("dimension").asText());
            switch (c.get("level").asText()) {
                case "UNIT" -> byUnit.computeIfAbsent(c.get("scope").asText(), k -> EnumSet.noneOf(Dimension.class)).add(d);
                case "CITY" -> cities.add(c.get("scope").asText());
                default -> province.add(d);
            }
        }
        assertThat(province).containsExactlyInAnyOrder(Dimension.values());
        Set<String> unitCodes = new HashSet<>();
        Set<String> cityCodes = new HashSet<>();
        for (GeoJsonFeature u : SampleFiles.units()) {
            unitCodes.add(u.string("code"));
            cityCodes.add(u.string("cityCode"));
            assertThat(byUnit.get(u.string("code"))).as(u.string("code")).containsExactlyInAnyOrder(Dimension.values());
        }
        assertThat(byUnit.keySet()).as("unit clauses only for existing units").isEqualTo(unitCodes);
        assertThat(cities).isEqualTo(cityCodes).hasSize(11);
    }

    @Test
    void unitClausesVaryWithPlace() {
        // Units on the Fen name the river; the Yellow River bank chemical park carries the YR-CHEM clause.
        boolean fenNamed = false, bankPark = false;
        for (JsonNode c : SampleFiles.clauses()) {
            if (!"UNIT".equals(c.get("level").asText())) continue;
            String text = c.get("text").asText();
            if (text.startsWith("汾河沿岸") && c.get("ruleIds").toString().contains("RIVERS-HIGHRISK")) fenNamed = true;
            if (text.contains("化工园区位于黄河干流岸线管控范围") && c.get("ruleIds").toString().contains("YR-CHEM")) bankPark = true;
        }
        assertThat(fenNamed).isTrue();
        assertThat(bankPark).isTrue();
    }
}
