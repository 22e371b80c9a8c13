package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecozoning.rules.ProjectNature.EXPANSION;
import static org.ecozoning.rules.ProjectNature.NEW;
import static org.ecozoning.rules.ProjectNature.REBUILD;
import static org.ecozoning.testing.Sites.at;
import static org.ecozoning.testing.Sites.input;
import static org.ecozoning.testing.Sites.point;
import static org.ecozoning.testing.TestScheme.U1_REDLINE;
import static org.ecozoning.testing.TestScheme.U4_CHEMICAL;
import static org.ecozoning.testing.TestScheme.U5_URBAN;

import java.util.List;
import org.ecozoning.compliance.AssessmentReport.Finding;
import org.ecozoning.rules.RuleFlag;
import org.ecozoning.rules.Verdict;
import org.ecozoning.testing.Sites;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of shanxi-rules.json: at least one case that fires and one that must not. */
class RuleCasesTest {
    static final ComplianceEngine ENGINE = new ComplianceEngine(TestScheme.scheme(), TestScheme.catalog());

    static AssessmentReport assess(ProjectInput in) { return ENGINE.assess(in); }

    static List<String> fired(AssessmentReport r) { return r.findings().stream().map(Finding::ruleId).toList(); }

    static Finding finding(AssessmentReport r, String id) {
        return r.findings().stream().filter(f -> f.ruleId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " did not fire: " + fired(r)));
    }

    @Nested
    class YellowRiverChemicals {
        @Test
        void newChemicalPlantOnTheShorelineIsProhibited() {
            AssessmentReport r = assess(input(110.42, 36.10, "2614", NEW));
            assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
            Finding f = finding(r, "YR-CHEM");
            assertThat(f.zoneIds()).containsExactly("Z01");
            assertThat(f.reasonZh()).contains("黄河干支流岸线管控范围「黄河岸线（吉县段）」").contains("2614 有机化学原料制造")
                    .contains("26 化学原料和化学制品制造业").contains("新建");
            assertThat(f.section()).isEqualTo("三(四)");
        }

        @Test
        void coalChemistryCountsAsChemical() {
            assertThat(fired(assess(input(110.42, 36.10, "2523", EXPANSION)))).contains("YR-CHEM");
        }

        @Test
        void notOffTheShorelineNotForRebuildNotForOtherIndustries() {
            assertThat(fired(assess(input(110.50, 36.10, "2614", NEW)))).doesNotContain("YR-CHEM");
            assertThat(fired(assess(input(110.42, 36.10, "2614", REBUILD)))).doesNotContain("YR-CHEM");
            assertThat(fired(assess(input(110.42, 36.10, "1311", NEW)))).doesNotContain("YR-CHEM");
        }
    }

    @Nested
    class YellowRiverMining {
        @Test
        void coalMiningInTheOneKilometreBandIsProhibited() {
            AssessmentReport r = assess(input(110.455, 36.10, "0610", REBUILD)); // in the 1 km band, beyond the shoreline range
            assertThat(finding(r, "YR-MINE-1KM").zoneIds()).containsExactly("Z02");
            assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
            assertThat(fired(assess(input(110.455, 36.10, "7471", NEW)))).contains("YR-MINE-1KM"); // exploration
            assertThat(fired(assess(input(110.455, 36.10, "1019", NEW)))).contains("YR-MINE-1KM"); // earth
        }

        @Test
        void notJustOutsideTheBandNorForIronOre() {
            // 110.46°E is the edge of the band: 200 m further east is outside
            AssessmentReport outside = assess(at(Sites.eastOf(110.46, 36.10, 200), "0610", NEW).build());
            assertThat(fired(outside)).doesNotContain("YR-MINE-1KM");
            assertThat(outside.verdict()).isEqualTo(Verdict.COMPLIANT);
            assertThat(fired(assess(input(110.455, 36.10, "0810", NEW)))).doesNotContain("YR-MINE-1KM");
        }
    }

    @Nested
    class FenValley {
        @Test
        void newCementInTheValleyIsRestricted() {
            AssessmentReport r = assess(input(112.58, 37.92, "3011", NEW));
            assertThat(finding(r, "FEN-VALLEY").verdict()).isEqualTo(Verdict.RESTRICTED);
            assertThat(r.verdict()).isEqualTo(Verdict.RESTRICTED);
        }

        @Test
        void notForRebuildNorOutsideTheValley() {
            assertThat(fired(assess(input(112.58, 37.92, "3011", REBUILD)))).doesNotContain("FEN-VALLEY");
            assertThat(fired(assess(input(112.45, 37.95, "3011", NEW)))).doesNotContain("FEN-VALLEY");
            assertThat(fired(assess(input(112.58, 37.92, "6513", NEW)))).doesNotContain("FEN-VALLEY");
        }
    }

    @Nested
    class TaiyuanCoke {
        @Test
        void newIndependentCokingInTheBasinIsProhibited() {
            AssessmentReport r = assess(input(112.45, 37.95, "2521", NEW));
            assertThat(finding(r, "TY-COKE").zoneIds()).containsExactly("Z05");
            assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
        }

        @Test
        void notOutsideTheBasinNorForExpansion() {
            assertThat(fired(assess(input(112.32, 38.05, "2521", NEW)))).doesNotContain("TY-COKE");
            assertThat(fired(assess(input(112.45, 37.95, "2521", EXPANSION)))).doesNotContain("TY-COKE");
        }
    }

    @Nested
    class Steel {
        @Test
        void newSteelCapacityIsProhibitedAnywhere() {
            AssessmentReport r = assess(input(110.55, 36.10, "3120", NEW));
            Finding f = finding(r, "STEEL");
            assertThat(f.reasonZh()).contains("全省适用");
            assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
            assertThat(r.warnings()).extracting(AssessmentReport.Notice::code).contains("MISSING_ATTRIBUTE"); // capacityIncrease assumed
        }

        @Test
        void expansionAddingCapacityIsProhibitedWithoutAddingItIsNot() {
            assertThat(fired(assess(at(point(110.55, 36.10), "3110", EXPANSION).attribute("capacityIncrease", 50).build()))).contains("STEEL");
            AssessmentReport replacement = assess(at(point(110.55, 36.10), "3110", EXPANSION).attribute("capacityIncrease", 0).build());
            assertThat(fired(replacement)).doesNotContain("STEEL");
            assertThat(replacement.warnings()).extracting(AssessmentReport.Notice::code).doesNotContain("MISSING_ATTRIBUTE");
        }

        @Test
        void notForRebuildNorFerroalloy() {
            assertThat(fired(assess(input(110.55, 36.10, "3120", REBUILD)))).doesNotContain("STEEL");
            assertThat(fired(assess(input(110.55, 36.10, "3140", NEW)))).doesNotContain("STEEL");
        }
    }

    @Nested
    class CoalPower {
        @Test
        void newUnitBelow300MwIsProhibited() {
            AssessmentReport r = assess(at(point(110.55, 36.10), "4411", NEW).capacityMW(200).build());
            Finding f = finding(r, "COAL-300MW");
            assertThat(f.reasonZh()).contains("装机容量 200 MW，满足 capacityMW < 300 MW");
            assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
        }

        @Test
        void notAt350MwNorForExpansion() {
            assertThat(fired(assess(at(point(110.55, 36.10), "4411", NEW).capacityMW(350).build()))).doesNotContain("COAL-300MW");
            assertThat(fired(assess(at(point(110.55, 36.10), "4412", EXPANSION).capacityMW(200).build()))).doesNotContain("COAL-300MW");
            assertThat(fired(assess(at(point(110.55, 36.10), "4415", NEW).capacityMW(200).build()))).doesNotContain("COAL-300MW");
        }

        @Test
        void withoutCapacityTheRuleIsNotAppliedAndTheReportSaysSo() {
            AssessmentReport r = assess(input(110.55, 36.10, "4411", NEW));
            assertThat(fired(r)).doesNotContain("COAL-300MW");
            assertThat(r.warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo("MISSING_ATTRIBUTE");
                assertThat(w.messageZh()).contains("COAL-300MW").contains("装机容量").contains("capacityMW");
            });
        }
    }

    @Nested
    class Renewables {
        @Test
        void solarOnSubsidenceLandIsEncouraged() {
            AssessmentReport r = assess(input(112.65, 38.00, "4416", NEW));
            Finding f = finding(r, "RENEW");
            assertThat(f.verdict()).isEqualTo(Verdict.COMPLIANT);
            assertThat(f.flags()).containsExactly(RuleFlag.ENCOURAGED);
            assertThat(r.flags()).containsExactly(RuleFlag.ENCOURAGED);
            assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
            assertThat(finding(assess(input(110.70, 36.07, "4415", NEW)), "RENEW").zoneIds()).containsExactly("Z09"); // saline-alkali
        }

        @Test
        void notElsewhereNorForCoalPower() {
            AssessmentReport r = assess(input(112.58, 37.92, "4416", NEW));
            assertThat(fired(r)).doesNotContain("RENEW");
            assertThat(r.flags()).isEmpty();
            assertThat(fired(assess(at(point(112.65, 38.00), "4411", NEW).capacityMW(600).build()))).doesNotContain("RENEW");
        }
    }

    @Nested
    class FiveRivers {
        @Test
        void newPaperMillOnTheFenShorelineIsProhibited() {
            AssessmentReport r = assess(input(112.53, 37.92, "2221", NEW));
            assertThat(finding(r, "RIVERS-HIGHRISK").zoneIds()).containsExactly("Z03");
            assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
            assertThat(fired(assess(input(112.53, 37.80, "3360", NEW)))).contains("RIVERS-HIGHRISK"); // electroplating
            assertThat(fired(assess(input(112.53, 37.80, "2631", NEW)))).contains("RIVERS-HIGHRISK"); // pesticide
        }

        @Test
        void notOnAnotherRiverNorForPaperProductsNorForExpansion() {
            assertThat(fired(assess(input(112.645, 37.75, "2221", NEW)))).doesNotContain("RIVERS-HIGHRISK"); // 潇河
            assertThat(fired(assess(input(112.53, 37.92, "2231", NEW)))).doesNotContain("RIVERS-HIGHRISK");
            assertThat(fired(assess(input(112.53, 37.92, "2221", EXPANSION)))).doesNotContain("RIVERS-HIGHRISK");
            assertThat(fired(assess(input(112.53, 37.92, "3251", NEW)))).doesNotContain("RIVERS-HIGHRISK"); // rolling, not smelting
        }
    }

    @Nested
    class ChemicalParkZeroDischarge {
        @Test
        void plantInAChemicalParkMustNotDischargeWastewater() {
            AssessmentReport r = assess(at(point(112.67, 37.85), "2614", NEW).attribute("wastewaterTPD", 120).build());
            Finding f = finding(r, "CHEM-PARK-ZLD");
            assertThat(f.verdict()).isEqualTo(Verdict.CONDITIONAL);
            assertThat(f.unitCodes()).containsExactly(U4_CHEMICAL);
            assertThat(f.reasonZh()).contains("化工园区").contains("废水外排量 120 t/d");
        }

        @Test
        void notWithoutDischargeNorOutsideChemicalParks() {
            assertThat(fired(assess(at(point(112.67, 37.85), "2614", NEW).attribute("wastewaterTPD", 0).build()))).doesNotContain("CHEM-PARK-ZLD");
            assertThat(fired(assess(input(112.57, 37.75, "2614", NEW)))).doesNotContain("CHEM-PARK-ZLD");
        }
    }

    @Nested
    class Priority {
        @Test
        void developmentInADrinkingWaterSourceIsRestricted() {
            AssessmentReport r = assess(input(112.45, 37.80, "7010", NEW));
            assertThat(finding(r, "PRIORITY").verdict()).isEqualTo(Verdict.RESTRICTED);
            assertThat(fired(r)).doesNotContain("PRIORITY-REDLINE");
            assertThat(r.verdict()).isEqualTo(Verdict.RESTRICTED);
        }

        @Test
        void ecologicalProtectionWorkIsNotRestricted() {
            assertThat(fired(assess(input(112.45, 37.80, "7711", NEW)))).doesNotContain("PRIORITY");
        }

        @Test
        void developmentInTheRedLineIsProhibited() {
            AssessmentReport r = assess(input(112.35, 37.85, "7010", NEW));
            assertThat(finding(r, "PRIORITY-REDLINE").unitCodes()).containsExactly(U1_REDLINE);
            assertThat(fired(r)).contains("PRIORITY");
            assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
        }

        @Test
        void permittedProtectionActivityInTheRedLineIsNot() {
            AssessmentReport r = assess(input(112.35, 37.85, "7711", REBUILD));
            assertThat(fired(r)).doesNotContain("PRIORITY-REDLINE", "PRIORITY");
            assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
        }
    }

    @Nested
    class KeyUnits {
        @Test
        void emittingIndustryInAnIndustrialParkIsConditional() {
            AssessmentReport r = assess(input(112.57, 37.75, "3011", REBUILD));
            assertThat(finding(r, "KEY-INDUSTRIAL").verdict()).isEqualTo(Verdict.CONDITIONAL);
            assertThat(r.verdict()).isEqualTo(Verdict.CONDITIONAL);
        }

        @Test
        void solarAndSoftwareInAnIndustrialParkAreNotEmitting() {
            assertThat(fired(assess(input(112.57, 37.75, "4416", NEW)))).doesNotContain("KEY-INDUSTRIAL");
            assertThat(fired(assess(input(112.57, 37.75, "6513", NEW)))).doesNotContain("KEY-INDUSTRIAL");
        }

        @Test
        void newTraditionalIndustryInAnUrbanCentreIsRestricted() {
            AssessmentReport r = assess(input(112.32, 38.05, "1311", NEW));
            assertThat(finding(r, "KEY-URBAN").unitCodes()).containsExactly(U5_URBAN);
            assertThat(r.verdict()).isEqualTo(Verdict.RESTRICTED);
        }

        @Test
        void electronicsOrRebuildInAnUrbanCentreIsNot() {
            assertThat(fired(assess(input(112.32, 38.05, "3911", NEW)))).doesNotContain("KEY-URBAN");
            assertThat(fired(assess(input(112.32, 38.05, "1311", REBUILD)))).doesNotContain("KEY-URBAN");
        }
    }

    @Nested
    class General {
        @Test
        void generalUnitIsCompliantWithBasicRequirements() {
            AssessmentReport r = assess(input(110.55, 36.10, "6513", NEW));
            assertThat(fired(r)).containsExactly("GENERAL");
            assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
            assertThat(finding(r, "GENERAL").reasonZh()).contains("一般管控单元「吉县一般管控单元」").contains("规则适用于所有行业");
        }

        @Test
        void notInOtherUnitClasses() {
            assertThat(fired(assess(input(112.32, 38.05, "6513", NEW)))).doesNotContain("GENERAL");
        }
    }

    @Nested
    class JointAirControl {
        @Test
        void cementInAJointAreaMustMeetUltraLowEmission() {
            AssessmentReport r = assess(input(112.32, 37.93, "3011", REBUILD));
            assertThat(finding(r, "AIR-JOINT").zoneIds()).containsExactly("Z07");
            assertThat(r.verdict()).isEqualTo(Verdict.CONDITIONAL);
            assertThat(fired(assess(input(112.32, 37.93, "3391", NEW)))).contains("AIR-JOINT"); // foundry
        }

        @Test
        void notOutsideTheAreaNorForSoftware() {
            assertThat(fired(assess(input(112.32, 38.05, "3011", REBUILD)))).doesNotContain("AIR-JOINT");
            assertThat(fired(assess(input(112.32, 37.93, "6513", NEW)))).doesNotContain("AIR-JOINT");
        }
    }

    @Nested
    class SoilSites {
        @Test
        void reuseOfAClosedCokingSiteNeedsRiskControlFirst() {
            AssessmentReport r = assess(input(112.555, 38.005, "7010", NEW));
            assertThat(finding(r, "SOIL-SITES").verdict()).isEqualTo(Verdict.CONDITIONAL);
            assertThat(r.verdict()).isEqualTo(Verdict.CONDITIONAL);
        }

        @Test
        void notBesideTheSite() {
            assertThat(fired(assess(input(112.565, 38.005, "7010", NEW)))).doesNotContain("SOIL-SITES");
        }
    }

    @Nested
    class Noise {
        @Test
        void newRoadWithin200mOfHousingIsConditional() {
            AssessmentReport r = assess(at(Sites.eastOf(112.40, 37.97, 150), "4812", NEW).build());
            Finding f = finding(r, "NOISE");
            assertThat(f.zoneIds()).containsExactly("Z11");
            assertThat(f.reasonZh()).contains("米，在规则规定的 200 米范围内");
            assertThat(r.zones()).anySatisfy(z -> {
                assertThat(z.id()).isEqualTo("Z11");
                assertThat(z.inside()).isFalse();
                assertThat(z.distance()).isBetween(140.0, 160.0);
            });
        }

        @Test
        void notAt250mNorForRebuild() {
            AssessmentReport far = assess(at(Sites.eastOf(112.40, 37.97, 250), "4812", NEW).build());
            assertThat(fired(far)).doesNotContain("NOISE");
            assertThat(far.zones()).noneMatch(z -> z.id().equals("Z11"));
            assertThat(fired(assess(at(Sites.eastOf(112.40, 37.97, 150), "4812", REBUILD).build()))).doesNotContain("NOISE");
        }
    }

    @Nested
    class Infrastructure {
        @Test
        void newRailwayIsSupported() {
            AssessmentReport r = assess(input(110.55, 36.10, "4811", NEW));
            Finding f = finding(r, "INFRA");
            assertThat(f.verdict()).isEqualTo(Verdict.CONDITIONAL);
            assertThat(f.flags()).containsExactly(RuleFlag.ENCOURAGED);
            assertThat(r.verdict()).isEqualTo(Verdict.CONDITIONAL);
        }

        @Test
        void notForRebuildAndNeverAboveAProhibition() {
            assertThat(fired(assess(input(110.55, 36.10, "4811", REBUILD)))).doesNotContain("INFRA");
            AssessmentReport redLine = assess(input(112.35, 37.85, "4811", NEW));
            assertThat(fired(redLine)).contains("INFRA", "PRIORITY-REDLINE");
            assertThat(redLine.verdict()).isEqualTo(Verdict.PROHIBITED);
        }
    }
}
