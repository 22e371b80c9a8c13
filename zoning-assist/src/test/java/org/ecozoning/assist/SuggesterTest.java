package org.ecozoning.assist;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecozoning.assist.industry.IndustrySuggester;
import org.ecozoning.assist.industry.SuggestStatus;
import org.ecozoning.assist.industry.SuggesterOptions;
import org.ecozoning.assist.industry.SuggestionResult;
import org.ecozoning.assist.terms.IndustryTerms;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.rules.ProjectNature;
import org.junit.jupiter.api.Test;

class SuggesterTest {
    private static final IndustrySuggester S = IndustrySuggester.shipped();

    @Test
    void cokingProjectWithByProductsIsCoking() {
        SuggestionResult r = S.suggest("新建年产100万吨焦炭及配套化产回收项目");
        assertThat(r.status()).isEqualTo(SuggestStatus.OK);
        assertThat(r.suggestions().get(0).code()).isEqualTo("2521");
        assertThat(r.suggestions().get(0).matchedWords()).contains("焦炭");
        assertThat(r.confident()).isPresent();
        assertThat(r.parsed().nature()).isEqualTo(ProjectNature.NEW);
        assertThat(r.parsed().attributes()).containsEntry("annualOutput", 100.0);
        assertThat(r.messageZh()).contains("请确认");
    }

    @Test
    void agriVoltaicPlantIsSolarWithCapacityInMW() {
        SuggestionResult r = S.suggest("20万千瓦农光互补光伏电站");
        assertThat(r.codes().get(0)).isEqualTo("4416");
        assertThat(r.parsed().attributes()).containsEntry("capacityMW", 200.0);
        assertThat(r.parsed().natureStated()).isFalse();
    }

    @Test
    void secondaryWordsDoNotWin() {
        assertThat(S.suggest("年产30万吨甲醇技改项目，配套建设污水处理站").codes().get(0)).isEqualTo("2614");
        assertThat(S.suggest("水泥用石灰石矿开采").codes().get(0)).isEqualTo("1011");
    }

    @Test
    void negatedWordsAreIgnored() {
        SuggestionResult r = S.suggest("机械零部件加工，不含电镀工序");
        assertThat(r.codes()).doesNotContain("3360");
    }

    @Test
    void emptyTooLongAndNonsenseGetAClearAnswer() {
        assertThat(S.suggest("  ").status()).isEqualTo(SuggestStatus.EMPTY);
        assertThat(S.suggest(null).status()).isEqualTo(SuggestStatus.EMPTY);
        SuggestionResult longOne = S.suggest("焦化".repeat(1500));
        assertThat(longOne.status()).isEqualTo(SuggestStatus.TOO_LONG);
        assertThat(longOne.messageZh()).contains("过长");
        for (String nonsense : new String[] {"asdf qwer zxcv", "今天天气很好", "哈哈哈哈哈", "12345", "!!!???", "lorem ipsum dolor sit amet"}) {
            SuggestionResult r = S.suggest(nonsense);
            assertThat(r.status()).as(nonsense).isEqualTo(SuggestStatus.NO_CONFIDENT_SUGGESTION);
            assertThat(r.confident()).isEmpty();
            assertThat(r.messageZh()).contains("无可信建议");
        }
    }

    @Test
    void mixedLanguageStillFindsTheIndustry() {
        SuggestionResult r = S.suggest("new 200MW solar PV plant 光伏电站");
        assertThat(r.codes().get(0)).isEqualTo("4416");
        assertThat(r.parsed().attributes()).containsEntry("capacityMW", 200.0);
    }

    @Test
    void maxLengthIsConfigurable() {
        IndustrySuggester small = new IndustrySuggester(IndustryCatalog.gbt4754(), IndustryTerms.shipped(),
                SuggesterOptions.DEFAULTS.withMaxLength(10));
        assertThat(small.suggest("新建年产100万吨焦炭项目").status()).isEqualTo(SuggestStatus.TOO_LONG);
    }
}
