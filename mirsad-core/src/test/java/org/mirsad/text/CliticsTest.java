package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliticsTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "بكاراباخ | كاراباخ",
        "لبوتين   | بوتين",
        "وقال     | قال",
        "وبالتالي | تالي",
        "كالعادة  | العادة",
        "ولموسكو  | موسكو",
        "حلفاؤها  | حلفاؤ",
    })
    void readingsIncludeTheNameUnderItsClitics(String form, String reading) {
        assertThat(Clitics.readings(form)).contains(reading).startsWith(form);
    }

    @ParameterizedTest(name = "{0} stays {0}")
    @CsvSource({"بيسكوف", "لافروف", "كاراباخ", "باكو", "وزن"})
    void stripNeverTakesASingleLetterPreposition(String form) {
        assertThat(Clitics.strip(form)).isEqualTo(form);
    }

    @Test
    void shortWordsKeepTheirLetters() {
        assertThat(Clitics.strip("وله")).isEqualTo("وله");
        assertThat(Clitics.readings("")).containsExactly("");
    }

    @ParameterizedTest(name = "{0} loses its proclitics: {1}")
    @CsvSource({"بكاراباخ,كاراباخ", "لبوتين,بوتين", "والكرملين,كرملين", "للرئيس,رئيس", "وبالعراق,عراق",
            "وفالمؤتمر,مؤتمر", "وفالح,فالح", "موسكو,موسكو", "بيت,بيت", "ول,ول", "'',''", "Putin,Putin"})
    void stripProcliticsTakesTheLongestCombinationThatLeavesAStem(String word, String stem) {
        assertThat(Clitics.stripProclitics(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({"بيسكوف,بيسكوف|يسكوف", "لبوتين,لبوتين|بوتين", "كاراباخ,كاراباخ|اراباخ",
            "وبالعراق,وبالعراق|عراق|العراق|بالعراق"})
    void procliticReadingsKeepTheWordFirstThenLongestCombinationFirst(String word, String expected) {
        assertThat(Clitics.procliticReadings(word)).containsExactly(expected.split("\\|"));
    }

    @ParameterizedTest(name = "{0} without its article: {1}")
    @CsvSource({"الكرملين,كرملين", "والكرملين,كرملين", "للرئيس,رئيس", "كرملين,", "لل,", "بكاراباخ,"})
    void withoutArticleRemovesOnlyAnArticle(String word, String expected) {
        assertThat(Clitics.withoutArticle(word)).isEqualTo(expected);
    }
}
