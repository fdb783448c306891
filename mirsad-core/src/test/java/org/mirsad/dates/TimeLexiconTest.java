package org.mirsad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.dates.TimeLexicon.Role;

class TimeLexiconTest {

    private final TimeLexicon lex = TimeLexicon.get();

    @Test
    void tablesLoad() {
        assertThat(lex.size()).isGreaterThan(150);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "يناير|1|false", "جانفي|1|false", "كانون الثاني|1|false", "شباط|2|false", "فيفري|2|false", "آذار|3|false",
            "أيلول|9|false", "سبتمر|9|false", "تشرين الأول|10|false", "كانون الأول|12|false", "بأيلول|9|false",
            "september|9|false", "رمضان|9|true", "ذو الحجة|12|true", "ذي القعدة|11|true", "جمادى الآخرة|6|true"})
    void readsMonthNamesOfEverySystem(String name, int month, boolean hijri) {
        List<Token> t = Token.tokenize(name);
        TimeLexicon.Hit<TimeLexicon.MonthName> hit = lex.month(t, 0);
        assertThat(hit).as(name).isNotNull();
        assertThat(hit.value()).isEqualTo(new TimeLexicon.MonthName(month, hijri));
        assertThat(hit.end()).isEqualTo(t.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"الجمعة|FRIDAY", "الجمعه|FRIDAY", "والخميس|THURSDAY", "الإثنين|MONDAY",
            "الثلاثا|TUESDAY", "بالسبت|SATURDAY", "Sunday|SUNDAY"})
    void readsWeekdaysWithCliticsAndSpellings(String word, DayOfWeek day) {
        assertThat(lex.weekday(Token.tokenize(word).get(0).text())).isEqualTo(day);
    }

    @Test
    void strippedCliticsFindTheWord() {
        assertThat(lex.role("لعام", Role.YEAR_WORD)).isNotNull();
        assertThat(lex.role("وربع", Role.HOUR_FRACTION)).isEqualTo("15");
        assertThat(lex.role("الكرملين", Role.DAY_SHIFT)).isNull();
    }

    @Test
    void holidaysLoad() {
        TimeLexicon.Hit<TimeLexicon.Holiday> h = lex.holiday(Token.tokenize("عيد الأضحى المبارك"), 0);
        assertThat(h.value().key()).isEqualTo("EID_AL_ADHA");
        assertThat(h.end()).isEqualTo(3);
    }
}
