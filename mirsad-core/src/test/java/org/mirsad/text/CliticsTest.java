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
}
