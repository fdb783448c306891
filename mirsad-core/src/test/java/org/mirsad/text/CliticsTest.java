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

    /**
     * The three proclitic look-ups check a word only against the combinations that begin with its first
     * letter: on random words of clitic letters and others, each gives what a scan of every combination
     * in {@link Clitics#PROCLITICS} gives.
     */
    @Test
    void procliticLookUpsAgreeWithAScanOfEveryCombination() {
        char[] letters = {'و', 'ف', 'ب', 'ك', 'ل', 'ا', 'ي', 'م', 'ن', 'ت', 'ى', 'a', '1', '\u0600', '\u064A', '\u0660'};
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 50_000; round++) {
            char[] cs = new char[random.nextInt(9)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = letters[random.nextInt(letters.length)];
            }
            String word = new String(cs);
            java.util.List<String> readings = new java.util.ArrayList<>(java.util.List.of(word));
            String stripped = null;
            String withoutArticle = null;
            for (String p : Clitics.PROCLITICS) {
                if (word.length() - p.length() >= Clitics.MIN_STEM && word.startsWith(p)) {
                    String stem = word.substring(p.length());
                    if (!readings.contains(stem)) {
                        readings.add(stem);
                    }
                    stripped = stripped == null ? stem : stripped;
                    if (withoutArticle == null && (p.endsWith("ال") || p.endsWith("لل"))) {
                        withoutArticle = stem;
                    }
                }
            }
            assertThat(Clitics.procliticReadings(word)).as(word).isEqualTo(readings);
            assertThat(Clitics.stripProclitics(word)).as(word).isEqualTo(stripped == null ? word : stripped);
            assertThat(Clitics.withoutArticle(word)).as(word).isEqualTo(withoutArticle);
        }
    }
}
