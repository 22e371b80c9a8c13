package org.ecozoning.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ecozoning.assist.rules.AcceptedRules;
import org.ecozoning.assist.rules.ClauseContext;
import org.ecozoning.assist.rules.ClauseRuleProposer;
import org.ecozoning.assist.rules.ProposalReview;
import org.ecozoning.assist.rules.ReviewState;
import org.ecozoning.assist.rules.RuleProposal;
import org.ecozoning.assist.terms.IndustryTerms;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.Clause;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.rules.Operator;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Rule;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.rules.Verdict;
import org.junit.jupiter.api.Test;

class ProposerAndReviewTest {
    private static final ClauseRuleProposer P = ClauseRuleProposer.shipped();
    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    private static Clause province(String id, String text) {
        return new Clause(id, ListLevel.PROVINCE, "140000", Dimension.SPATIAL_LAYOUT, text, List.of());
    }

    @Test
    void riverClauseBecomesAProhibitionWithTheListedIndustries() {
        List<RuleProposal> ps = P.propose(province("P-SL-09", "汾河、桑干河等干流及主要支流沿岸禁止新建焦化、化工、农药、有色冶炼、造纸、电镀等高风险项目。"));
        assertThat(ps).hasSize(1);
        RuleProposal p = ps.get(0);
        assertThat(p.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(p.industries().include()).contains("2521", "26", "3360", "222").doesNotContain("263");
        assertThat(p.natures()).containsExactly(ProjectNature.NEW);
        assertThat(p.scope().zones()).singleElement().satisfies(z -> {
            assertThat(z.type()).isEqualTo(ZoneType.RIVER_SHORELINE);
            assertThat(z.nameContains()).containsExactly("汾河", "桑干河");
        });
        assertThat(p.included().stream().filter(i -> i.code().equals("3360")).findFirst().orElseThrow().terms()).contains("电镀");
        assertThat(p.clauseId()).isEqualTo("P-SL-09");
    }

    @Test
    void thresholdsBecomeConditionsWithNormalisedUnits() {
        RuleProposal p = P.propose(province("X1", "不再新建30万千瓦以下燃煤发电机组。")).get(0);
        assertThat(p.conditions()).singleElement().satisfies(c -> {
            assertThat(c.condition().attribute()).isEqualTo("capacityMW");
            assertThat(c.condition().op()).isEqualTo(Operator.LE);
            assertThat(c.condition().value()).isEqualTo(300.0);
        });
        assertThat(p.warnings()).anyMatch(w -> w.contains("民法典"));
        RuleProposal boiler = P.propose(province("X2", "禁止新建、扩建35蒸吨/小时以下燃煤锅炉。")).get(0);
        assertThat(boiler.conditions().get(0).condition().describe()).isEqualTo("boilerTph <= 35");
        assertThat(boiler.attributes()).anyMatch(a -> a.name().equals("boilerTph"));
    }

    @Test
    void measuresAndExistingFacilitiesYieldNothing() {
        assertThat(P.propose(province("X3", "加强汾河、晋阳湖等水体的环境风险防控。"))).isEmpty();
        assertThat(P.propose(province("X4", "城镇生活污水应收尽收，推进雨污分流。"))).isEmpty();
        assertThat(P.propose(province("X5", "现有焦化企业有序退出。"))).isEmpty();
    }

    @Test
    void unitClauseWithoutPlaceIsScopedToTheUnitsSubtypeAndFlaggedAsWidened() {
        Clause c = new Clause("ZH14100210005-PE-1", ListLevel.UNIT, "ZH14100210005", Dimension.POLLUTANT_EMISSION, "不得新建排放工业污染物的项目。", List.of());
        RuleProposal p = P.propose(new ClauseContext(c, UnitClass.PRIORITY_PROTECTION, UnitSubtype.ECOLOGICAL_FOREST, "某公益林单元", "141000")).get(0);
        assertThat(p.scope().unitSubtypes()).containsExactly(UnitSubtype.ECOLOGICAL_FOREST);
        assertThat(p.scopeWidened()).isTrue();
        assertThat(p.industries().include()).containsExactlyInAnyOrder("B", "C");
        assertThat(p.ruleId()).isEqualTo("AP-ZH14100210005-PE-1-1");
    }

    @Test
    void exclusionsAreRead() {
        RuleProposal p = P.propose(province("X6", "一级保护区内禁止新建、改建、扩建与供水设施和保护水源无关的建设项目。")).get(0);
        assertThat(p.industries().any()).isTrue();
        assertThat(p.industries().exclude()).contains("4610");
        assertThat(p.natures()).containsExactlyInAnyOrder(ProjectNature.NEW, ProjectNature.REBUILD, ProjectNature.EXPANSION);
    }

    @Test
    void onlyAcceptedProposalsRunAndTheyRunAsRules() throws Exception {
        RuleProposal coal = P.propose(province("P-RE-01", "不再新建30万千瓦以下燃煤发电机组。")).get(0);
        RuleProposal coke = P.propose(province("P-SL-07", "太原盆地不再新增独立焦化项目。")).get(0);
        ProposalReview a = ProposalReview.open(coal, "assist", T);
        ProposalReview b = ProposalReview.open(coke, "assist", T);
        assertThat(ProposalReview.runnableRules(List.of(a, b))).isEmpty();
        ProposalReview accepted = a.accept("张三", T.plusSeconds(60), "与原文一致");
        ProposalReview rejected = b.reject("李四", T.plusSeconds(60), "已有 TY-COKE 规则");
        assertThat(accepted.state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(accepted.history()).extracting(e -> e.actor()).containsExactly("assist", "张三");
        assertThat(rejected.runnableRule()).isEmpty();
        List<Rule> rules = ProposalReview.runnableRules(List.of(accepted, rejected));
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(coal.ruleId());
            assertThat(r.note()).contains("P-RE-01");
        });
        assertThatThrownBy(() -> accepted.reject("王五", T, "x")).isInstanceOf(AssistException.class).hasMessageContaining("不能再次审核");
        assertThatThrownBy(() -> b.reject("王五", T, " ")).isInstanceOf(AssistException.class).hasMessageContaining("理由");

        RuleSet base;
        try (var in = Files.newInputStream(Path.of("../workspace/rules/shanxi-rules.json"))) {
            base = new RuleSetLoader(IndustryCatalog.gbt4754()).load(in);
        }
        RuleSet merged = AcceptedRules.merge(base, List.of(accepted, rejected));
        assertThat(merged.rules()).hasSize(base.rules().size() + 1);
        assertThat(merged.rule(coal.ruleId())).isPresent();
        assertThat(merged.rule(coke.ruleId())).isEmpty();
    }

    @Test
    void correctedRuleMustKeepItsId() {
        RuleProposal p = P.propose(province("P-SL-07", "太原盆地不再新增独立焦化项目。")).get(0);
        Rule r = p.toRule();
        Rule renamed = new Rule("OTHER", r.titleZh(), r.titleEn(), r.section(), r.dimension(), r.verdict(), r.flags(), r.scope(),
                r.industries(), r.natures(), r.conditions(), r.requirementZh(), r.requirementEn(), r.note());
        assertThatThrownBy(() -> ProposalReview.open(p, "assist", T).accept("张三", T, "", renamed)).isInstanceOf(AssistException.class);
    }

    @Test
    void termListIsValidAndTheWorkspaceCopyIsIdentical() throws Exception {
        IndustryTerms t = IndustryTerms.shipped();
        assertThat(t.entries()).hasSizeGreaterThan(300);
        assertThat(t.version()).isNotBlank();
        byte[] ws = Files.readAllBytes(Path.of("../workspace/assist/industry-terms.json"));
        try (var in = IndustryTerms.class.getResourceAsStream(IndustryTerms.RESOURCE)) {
            assertThat(in.readAllBytes()).isEqualTo(ws);
        }
        String bad = "{\"schema\":\"ecozoning-industry-terms/1\",\"version\":\"x\",\"terms\":[{\"terms\":[\"a\"],\"codes\":[\"9999\"],\"weight\":0.5}]}";
        assertThatThrownBy(() -> IndustryTerms.load(new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                IndustryCatalog.gbt4754())).isInstanceOf(AssistException.class).hasMessageContaining("9999");
    }
}
