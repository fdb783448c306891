package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StopWordsTest {

    @ParameterizedTest(name = "{0} stop={1}")
    @CsvSource({"في,true", "الذي,true", "قال,true", "إلى,true", "الى,true", "أيلول,false", "سبتمبر,false",
            "الجمعة,false", "وقف,false", "كاراباخ,false", "بوتين,false"})
    void loadsVendoredListInMatchingFormMinusKeepList(String word, boolean stop) {
        String n = org.mirsad.text.ArabicNormalizer.normalize(word);
        assertThat(StopWords.arabic().contains(n)).isEqualTo(stop);
        assertThat(StopWords.arabic().size()).isGreaterThan(600);
    }
}
