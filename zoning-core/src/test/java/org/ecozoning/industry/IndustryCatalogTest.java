package org.ecozoning.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IndustryCatalogTest {
    private final IndustryCatalog catalog = IndustryCatalog.gbt4754();

    @Test
    void countsMatchTheStandard() {
        assertThat(catalog.count(IndustryLevel.SECTION)).isEqualTo(20);
        assertThat(catalog.count(IndustryLevel.DIVISION)).isEqualTo(97);
        assertThat(catalog.count(IndustryLevel.GROUP)).isEqualTo(473);
        assertThat(catalog.count(IndustryLevel.CLASS)).isEqualTo(1381);
        assertThat(catalog.all().stream().filter(Industry::synthesized).count()).isEqualTo(199);
    }

    @Test
    void carriesTheCorrectedAircraftClass() {
        // erratum: the source table had 3741 as a duplicate row of group 374 (see the README beside the CSV)
        assertThat(catalog.require("3741").nameZh()).isEqualTo("飞机制造");
        assertThat(catalog.require("374").nameZh()).isEqualTo("航空、航天器及设备制造");
        assertThat(catalog.children("374")).extracting(Industry::code).containsExactly("3741", "3742", "3743", "3744", "3749");
    }

    @Test
    void looksUpEveryLevelAndTheParentChain() {
        assertThat(catalog.require("2521").nameZh()).isEqualTo("炼焦");
        assertThat(catalog.chain("2521")).extracting(Industry::code).containsExactly("C", "25", "252", "2521");
        assertThat(catalog.require("C").nameZh()).isEqualTo("制造业");
        assertThat(catalog.require("c").code()).isEqualTo("C");
        assertThat(catalog.require(" 26 ").level()).isEqualTo(IndustryLevel.DIVISION);
        assertThat(catalog.require("263").nameZh()).isEqualTo("农药制造");
        assertThat(catalog.require("22").nameZh()).isEqualTo("造纸和纸制品业"); // trailing blank in the table trimmed
    }

    @Test
    void synthesisesGroupsThatHoldASingleClass() {
        Industry g = catalog.require("061");
        assertThat(g.synthesized()).isTrue();
        assertThat(g.level()).isEqualTo(IndustryLevel.GROUP);
        assertThat(g.nameZh()).isEqualTo("烟煤和无烟煤开采洗选");
        assertThat(catalog.chain("0610")).extracting(Industry::code).containsExactly("B", "06", "061", "0610");
        assertThat(catalog.children("061")).extracting(Industry::code).containsExactly("0610");
        assertThat(catalog.require("311").synthesized()).isTrue();
        assertThat(catalog.require("252").synthesized()).isFalse();
    }

    @Test
    void childrenAndNameSearch() {
        assertThat(catalog.children("263")).extracting(Industry::code).containsExactly("2631", "2632");
        assertThat(catalog.children("A")).extracting(Industry::code).containsExactly("01", "02", "03", "04", "05");
        assertThat(catalog.searchByName("炼焦", 10)).extracting(Industry::code).contains("2521");
        assertThat(catalog.searchByName("发电", 3)).hasSize(3);
        assertThat(catalog.searchByName(" ", 3)).isEmpty();
    }

    @Test
    void isWithinFollowsAncestry() {
        assertThat(catalog.isWithin("2521", "C")).isTrue();
        assertThat(catalog.isWithin("2521", "25")).isTrue();
        assertThat(catalog.isWithin("2521", "2521")).isTrue();
        assertThat(catalog.isWithin("2521", "26")).isFalse();
        assertThat(catalog.isWithin("25", "2521")).isFalse();
    }

    @Test
    void unknownOrMalformedCodesGiveClearErrors() {
        assertThatThrownBy(() -> catalog.require("9999"))
                .isInstanceOf(UnknownIndustryException.class)
                .hasMessageContaining("9999").hasMessageContaining("GB/T 4754-2017 中没有该代码").hasMessageContaining("has no such code");
        assertThatThrownBy(() -> catalog.require("25x"))
                .isInstanceOf(UnknownIndustryException.class).hasMessageContaining("2、3、4 位数字");
        assertThatThrownBy(() -> catalog.require(""))
                .isInstanceOf(UnknownIndustryException.class).hasMessageContaining("未提供行业代码");
        assertThatThrownBy(() -> catalog.require(null)).isInstanceOf(UnknownIndustryException.class);
        assertThat(((UnknownIndustryException) catchThrow("Z")).code()).isEqualTo("UNKNOWN_INDUSTRY");
        assertThat(catalog.find("0000")).isEmpty();
        assertThat(catalog.contains("4416")).isTrue();
    }

    private Throwable catchThrow(String code) {
        try {
            catalog.require(code);
            return null;
        } catch (UnknownIndustryException e) {
            return e;
        }
    }

    @Test
    void parsesQuotedNotesWithCommas() {
        Industry wholesale = catalog.require("51");
        assertThat(wholesale.noteZh()).contains("批量销售生活用品、生产资料的活动，以及从事进出口贸易");
        assertThat(catalog.require("7212").noteZh()).contains("投资活动,不包括资本活动的投资");
    }

    @Test
    void shippedResourceIsTheWorkspaceTable() throws IOException {
        byte[] workspace = Files.readAllBytes(Path.of("../workspace/data/gbt4754-2017-industries.csv"));
        try (InputStream in = IndustryCatalog.class.getResourceAsStream(IndustryCatalog.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(workspace);
        }
        assertThat(IndustryCatalog.class.getResource("/org/ecozoning/industry/gbt4754-2017-industries.README.md")).isNotNull();
    }

    @Test
    void rejectsTablesThatBreakTheHierarchy() {
        String bad = "section,division,group,class,level,name_zh,note_zh\nA,01,011,0111,4,稻谷种植,\n";
        assertThatThrownBy(() -> IndustryCatalog.load(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
        String badHeader = "code,name\n";
        assertThatThrownBy(() -> IndustryCatalog.load(new ByteArrayInputStream(badHeader.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("header");
        String dup = "section,division,group,class,level,name_zh,note_zh\nA,,,,1,农,\nA,,,,1,农,\n";
        assertThatThrownBy(() -> IndustryCatalog.load(new ByteArrayInputStream(dup.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("duplicate");
    }
}
