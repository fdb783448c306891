package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliticsTest {

    @ParameterizedTest
    @CsvSource({"بكاراباخ,كاراباخ", "لبوتين,بوتين", "والكرملين,كرملين", "للرئيس,رئيس", "وبالعراق,عراق",
            "موسكو,موسكو", "بيت,بيت", "ول,ول", "'',''", "Putin,Putin"})
    void stripsTheLongestProclitic(String word, String stem) {
        assertThat(Clitics.strip(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"بيسكوف,بيسكوف|يسكوف", "لبوتين,لبوتين|بوتين", "كاراباخ,كاراباخ|اراباخ"})
    void candidatesKeepTheWordFirst(String word, String expected) {
        assertThat(Clitics.candidates(word)).containsExactly(expected.split("\\|"));
    }

    @ParameterizedTest
    @CsvSource({"الكرملين,كرملين", "والكرملين,كرملين", "كرملين,", "لل,"})
    void removesOnlyTheArticle(String word, String expected) {
        assertThat(Clitics.withoutArticle(word)).isEqualTo(expected);
    }
}
