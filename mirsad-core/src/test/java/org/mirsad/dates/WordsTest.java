package org.mirsad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        // what the grammar reads: a text the test turns away must hold no weekday of today's
        boolean stated = TimeExpressions.parse(text, ReferenceTime.parse("2024-11-29T10:00")).stream()
                .anyMatch(f -> f.spec() instanceof TimeSpec.DayShift s && s.stated() != null);
        assertThat(stated).isEqualTo(expected);
    }
}
