package org.ecozoning.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.assist.search.ClauseHit;
import org.ecozoning.assist.search.ClausePage;
import org.ecozoning.assist.search.ClauseQuery;
import org.ecozoning.assist.search.ClauseRecord;
import org.ecozoning.assist.search.ClauseSearch;
import org.ecozoning.model.Clause;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClauseSearchTest {
    private static ClauseSearch search;

    @BeforeAll
    static void build() {
        List<ClauseRecord> rs = new ArrayList<>();
        rs.add(new ClauseRecord("v1", new Clause("P-1", ListLevel.PROVINCE, "140000", Dimension.SPATIAL_LAYOUT,
                "汾河沿岸禁止新建焦化、化工、农药、有色冶炼、造纸、电镀等高风险项目。", List.of()), null, null, null, null, null, null));
        rs.add(new ClauseRecord("v1", new Clause("U-1", ListLevel.UNIT, "ZH14010520001", Dimension.POLLUTANT_EMISSION,
                "园区企业污染物排放执行相应排放标准<b>", List.of()), "ZH14010520001", UnitClass.KEY_CONTROL, UnitSubtype.INDUSTRIAL_PARK,
                "某园区", "140100", "140105"));
        rs.add(new ClauseRecord("v1", new Clause("U-2", ListLevel.UNIT, "ZH14020110001", Dimension.SPATIAL_LAYOUT,
                "太原盆地不再新增独立焦化项目。", List.of()), "ZH14020110001", UnitClass.PRIORITY_PROTECTION, UnitSubtype.ECOLOGICAL_FOREST,
                "某林区", "140200", "140201"));
        rs.add(new ClauseRecord("v2", new Clause("P-1", ListLevel.PROVINCE, "140000", Dimension.SPATIAL_LAYOUT,
                "汾河沿岸禁止新建焦化项目。", List.of()), null, null, null, null, null, null));
        search = ClauseSearch.build(rs);
    }

    @Test
    void wordsMatchAsSubstringsWithHighlighting() {
        ClausePage p = search.search(ClauseQuery.builder().text("高风险项目").version("v1").build());
        assertThat(p.total()).isEqualTo(1);
        ClauseHit h = p.hits().get(0);
        assertThat(h.clauseId()).isEqualTo("P-1");
        assertThat(h.snippetHtml()).contains("<em>").contains("风险");
        assertThat(h.industryCodes()).contains("2521", "25", "C", "3360");
    }

    @Test
    void allWordsMustOccurAndFiltersApply() {
        assertThat(search.search(ClauseQuery.builder().text("焦化 汾河").build()).total()).isEqualTo(2);
        assertThat(search.search(ClauseQuery.builder().text("焦化 汾河").version("v1").build()).total()).isEqualTo(1);
        assertThat(search.search(ClauseQuery.builder().text("焦化").cityCode("140200").build()).hits())
                .extracting(ClauseHit::clauseId).containsExactly("U-2");
        assertThat(search.search(ClauseQuery.builder().unitClass(UnitClass.KEY_CONTROL).build()).total()).isEqualTo(1);
        assertThat(search.search(ClauseQuery.builder().dimension(Dimension.SPATIAL_LAYOUT).version("v1").build()).total()).isEqualTo(2);
        assertThat(search.search(ClauseQuery.builder().industryCode("25").version("v1").build()).total()).isEqualTo(2);
        assertThat(search.search(ClauseQuery.builder().unitCode("ZH14010520001").build()).hits().get(0).unitName()).isEqualTo("某园区");
        assertThat(search.search(ClauseQuery.builder().text("钢铁").build()).total()).isZero();
    }

    @Test
    void pagingAndEscaping() {
        ClausePage all = search.search(ClauseQuery.builder().page(0, 2).build());
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.hits()).hasSize(2);
        ClausePage second = search.search(ClauseQuery.builder().page(2, 2).build());
        assertThat(second.hits()).hasSize(2);
        assertThat(second.hits().get(0).clauseId()).isNotEqualTo(all.hits().get(0).clauseId());
        ClauseHit esc = search.search(ClauseQuery.builder().text("排放标准").build()).hits().get(0);
        assertThat(esc.snippetHtml()).contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void badQueriesAreClearErrors() {
        assertThatThrownBy(() -> search.search(ClauseQuery.builder().text("焦".repeat(300)).build())).isInstanceOf(AssistException.class);
        assertThatThrownBy(() -> search.search(ClauseQuery.builder().page(-1, 10).build())).isInstanceOf(AssistException.class);
        assertThatThrownBy(() -> search.search(ClauseQuery.builder().version("nope").build())).isInstanceOf(AssistException.class)
                .hasMessageContaining("v1");
        assertThat(search.search(ClauseQuery.builder().text("+-&&||!(){}[]^\"~*?:\\/").build()).total()).isZero();
    }
}
