package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.rules.Verdict;
import org.ecozoning.testing.Sites;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Test;

/** A rule added to the data file is enforced without any code change. */
class AddedRuleTest {
    @Test
    void aRuleWrittenAsDataIsEnforced() throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(TestScheme.RULES_FILE.toFile());
        ((ObjectNode) root.get("attributes")).set("heightM", m.createObjectNode().put("zh", "建筑高度").put("unit", "m"));
        ObjectNode rule = m.createObjectNode();
        rule.put("ruleId", "TEST-TALL-IN-BASIN");
        rule.set("title", m.createObjectNode().put("zh", "测试：盆地内限制高层建筑"));
        rule.put("dimension", "SPATIAL_LAYOUT").put("verdict", "RESTRICTED").put("section", "测试");
        rule.set("scope", m.createObjectNode().set("zones", m.createArrayNode().add(m.createObjectNode().put("type", "TAIYUAN_BASIN"))));
        rule.set("industries", m.createObjectNode().set("include", m.createArrayNode().add("K")));
        rule.set("natures", m.createArrayNode().add("NEW"));
        rule.set("conditions", m.createArrayNode().add(m.createObjectNode().put("attribute", "heightM").put("op", ">=").put("value", 100)));
        rule.set("requirement", m.createObjectNode().put("zh", "百米以上建筑须论证。"));
        ((ArrayNode) root.get("rules")).add(rule);
        RuleSet rs = new RuleSetLoader(TestScheme.catalog()).parse(root);
        ComplianceEngine engine = new ComplianceEngine(TestScheme.build(rs), TestScheme.catalog());

        AssessmentReport tall = engine.assess(Sites.at(Sites.point(112.60, 37.95), "7010", ProjectNature.NEW).attribute("heightM", 150).build());
        assertThat(tall.findings()).extracting(AssessmentReport.Finding::ruleId).contains("TEST-TALL-IN-BASIN");
        assertThat(tall.verdict()).isEqualTo(Verdict.RESTRICTED);
        AssessmentReport low = engine.assess(Sites.at(Sites.point(112.60, 37.95), "7010", ProjectNature.NEW).attribute("heightM", 50).build());
        assertThat(low.findings()).extracting(AssessmentReport.Finding::ruleId).doesNotContain("TEST-TALL-IN-BASIN");
        assertThat(low.warnings()).extracting(AssessmentReport.Notice::code).doesNotContain("UNKNOWN_ATTRIBUTE");
    }
}
