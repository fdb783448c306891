package org.mirsad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.tokens.ArticleTokens;

/** {@link Words#mayStateToday}: the test that lets an article without a weekday of today's skip the grammar. */
class WordsTest {

    @ParameterizedTest
    @CsvSource({
        "وصل الوزير اليوم الجمعة إلى الرياض, true",
        "وصل الوزير اليوم (الثلاثاء) إلى الرياض, true",
        "وقالت الوزارة أمس، الأربعاء إن, true",
        "وقع الحادث أمس والخميس, true",
        "سافر يوم الجمعة إلى جدة, false", // a weekday, but no day shift before it
        "وصل اليوم إلى جدة يوم الأحد, false", // a day shift, but not right before the weekday
        "اليوم جمعة مباركة, false", // without the article the weekday needs a day word
        "اجتمع القادة اليوم في الاحداث, false",
    })
    void findsAWeekdayRightAfterADayShift(String text, boolean expected) {
        assertThat(Words.mayStateToday(Token.tokenize(text))).isEqualTo(expected);
        // the article-wide test from the shared tokens lets through at least every text the test above does
        if (expected) {
            assertThat(Words.mayStateToday(ArticleTokens.of(text))).isTrue();
        }
        // what the grammar reads: a text the test turns away must hold no weekday of today's
        boolean stated = TimeExpressions.parse(text, ReferenceTime.parse("2024-11-29T10:00")).stream()
                .anyMatch(f -> f.spec() instanceof TimeSpec.DayShift s && s.stated() != null);
        assertThat(stated).isEqualTo(expected);
    }

    /** The article-wide test turns a text away when no day shift comes before a weekday word anywhere in it. */
    @ParameterizedTest
    @CsvSource({
        "سافر يوم الجمعة إلى جدة, false",
        "سافر الجمعة إلى جدة ويعود اليوم, false", // the weekday before the day shift
        "سافر اليوم إلى جدة ويعود الجمعة, true", // lets through: the day shift comes first, far off
        "اليوم الجمعة, true",
        "وصل الوزير اليوم2024 الجمعة, true", // a shared token holding a word and a digit run
        "وصل الوزيرُ اليومَ الجمعةَ, true", // words with their marks: one dates token each, the record's form
        "وصل الوزيرُ أمسِ والجمعةِ, true",
    })
    void anArticleWithNoDayShiftBeforeAWeekdayIsTurnedAway(String text, boolean expected) {
        assertThat(Words.mayStateToday(ArticleTokens.of(text))).isEqualTo(expected);
    }
}
