package org.ecozoning.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ecozoning.assist.text.ProjectTextParser;
import org.ecozoning.rules.ProjectNature;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {
    private final ProjectTextParser p = new ProjectTextParser();

    private Map<String, Double> attrs(String s) { return p.parse(s).attributes(); }

    @Test
    void capacitiesAreNormalisedToMW() {
        assertThat(attrs("30万千瓦风电")).containsEntry("capacityMW", 300.0);
        assertThat(attrs("500kW屋顶光伏")).containsEntry("capacityMW", 0.5);
        assertThat(attrs("1.2GW光伏基地")).containsEntry("capacityMW", 1200.0);
        assertThat(attrs("三十万千瓦机组")).containsEntry("capacityMW", 300.0);
        assertThat(attrs("2×660MW机组")).containsEntry("capacityMW", 1320.0).containsEntry("unitCapacityMW", 660.0);
        assertThat(attrs("年发电量2亿千瓦时")).doesNotContainKey("capacityMW");
        assertThat(attrs("220kV变电站")).doesNotContainKey("capacityMW");
    }

    @Test
    void outputsAndAreasAreNormalised() {
        assertThat(attrs("年产100万吨焦炭")).containsEntry("annualOutput", 100.0);
        assertThat(attrs("150万t/a焦炉")).containsEntry("annualOutput", 150.0);
        assertThat(attrs("年产5000吨涂料")).containsEntry("annualOutput", 0.5);
        assertThat(attrs("新增产能60万吨")).containsEntry("capacityIncrease", 60.0);
        assertThat(attrs("产能置换，不新增产能")).containsEntry("capacityIncrease", 0.0);
        assertThat(attrs("占地300亩")).containsEntry("areaM2", 200000.0);
        assertThat(attrs("用地2公顷")).containsEntry("areaM2", 20000.0);
        assertThat(attrs("建筑面积5000平方米")).containsEntry("floorAreaM2", 5000.0).doesNotContainKey("areaM2");
        assertThat(attrs("2台35蒸吨/小时锅炉")).containsEntry("boilerTph", 35.0);
        assertThat(attrs("废水外排量200吨/日")).containsEntry("wastewaterTPD", 200.0);
    }

    @Test
    void naturesFollowTheMostConsequentialWord() {
        assertThat(p.parse("焦化企业搬迁改造").nature()).isEqualTo(ProjectNature.RELOCATION);
        assertThat(p.parse("热电厂改扩建").nature()).isEqualTo(ProjectNature.EXPANSION);
        assertThat(p.parse("矿井技术改造").nature()).isEqualTo(ProjectNature.REBUILD);
        assertThat(p.parse("新上一条生产线").nature()).isEqualTo(ProjectNature.NEW);
        assertThat(p.parse("光伏电站").nature()).isNull();
    }
}
