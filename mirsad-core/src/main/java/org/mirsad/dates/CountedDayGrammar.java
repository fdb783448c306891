package org.mirsad.dates;

import java.time.DayOfWeek;
import java.util.Optional;
import org.mirsad.dates.TimeLexicon.Role;
import org.mirsad.dates.Words.At;
import org.mirsad.text.ArabicNumbers;

/**
 * Days and weeks counted inside a month or after a day: أول ثلاثاء من شهر عشرة, الاثنين الأخير من
 * آذار, اليوم الثالث من أكتوبر, آخر يوم بشهر عشرة, أول أسبوع بشهر أكتوبر 2014, ثالث ثلاثاء بعد كريسماس.
 */
final class CountedDayGrammar {

    private final Words t;
    private final CalendarGrammar cal;

    CountedDayGrammar(Words words, CalendarGrammar calendar) {
        this.t = words;
        this.cal = calendar;
    }

    /** An ordinal (or آخر / الأخير: -1) at {@code i}. */
    At<Integer> ordinal(int i) {
        if (t.has(i, Role.LAST)) {
            return new At<>(-1, i + 1);
        }
        Optional<ArabicNumbers.Match> n = t.number(i);
        return n.isPresent() && n.get().ordinal() && n.get().value() >= 1 ? new At<>((int) n.get().value(), n.get().end())
                : null;
    }

    /**
     * Days counted in a month: أول ثلاثاء من شهر عشرة, الثلاثاء الأخير من مارس, ثالث يوم ثلاثاء بأيلول,
     * اليوم الثالث من أكتوبر, آخر يوم بشهر عشرة, أول أسبوع بشهر أكتوبر 2014, ثالث ثلاثاء بعد كريسماس.
     */
    At<TimeSpec> countedInMonth(int i) {
        // ordinal first: ثالث [يوم] ثلاثاء …, أول أسبوع …, آخر يوم …
        At<Integer> n = t.weekday(i, false) == null ? ordinal(i) : null; // الاثنين is Monday here, not "the two"
        if (n != null) {
            int j = n.end();
            boolean dayWord = t.has(j, Role.DAY_WORD);
            At<DayOfWeek> wd = t.weekday(dayWord ? j + 1 : j, true);
            if (wd != null) {
                return nthWeekday(n.value(), wd.value(), wd.end());
            }
            if (dayWord) {
                return dayInMonth(n.value(), j + 1);
            }
            if (t.has(j, Role.WEEK_WORD)) {
                return weekInMonth(n.value(), j + 1);
            }
            return null;
        }
        // weekday or اليوم / الأسبوع, then ordinal: الثلاثاء الأولى من أكتوبر, اليوم الأخير من شهر عشرة
        At<DayOfWeek> wd = t.weekday(i, true);
        if (wd != null) {
            At<Integer> k = ordinal(wd.end());
            return k != null && k.value() <= 5 ? nthWeekday(k.value(), wd.value(), k.end()) : null;
        }
        if (t.is(i, "اليوم") || t.is(i, "الاسبوع")) {
            At<Integer> k = ordinal(i + 1);
            if (k == null) {
                return null;
            }
            return t.is(i, "اليوم") ? dayInMonth(k.value(), k.end()) : weekInMonth(k.value(), k.end());
        }
        return null;
    }

    private At<TimeSpec> nthWeekday(int n, DayOfWeek day, int at) {
        if (t.has(at, Role.AFTER) && n > 0) {
            At<TimeSpec> anchor = cal.holiday(at + 1);
            if (anchor == null) {
                anchor = cal.dayMonthYear(at + 1);
            }
            return anchor == null ? null : new At<>(new TimeSpec.NthWeekdayAfter(n, day, anchor.value()), anchor.end());
        }
        At<TimeSpec> m = cal.monthFrame(at);
        return m == null ? null : new At<>(new TimeSpec.NthWeekday(n, day, m.value()), m.end());
    }

    private At<TimeSpec> dayInMonth(int n, int at) {
        At<TimeSpec> m = cal.monthFrame(at);
        if (m == null) {
            return null;
        }
        if (n < 0) {
            return new At<>(new TimeSpec.MonthPart("END", m.value()), m.end());
        }
        if (m.value() instanceof TimeSpec.Date d) {
            return new At<>(new TimeSpec.Date(d.year(), d.yearShift(), d.month(), n, null), m.end());
        }
        return null;
    }

    private At<TimeSpec> weekInMonth(int n, int at) {
        At<TimeSpec> m = cal.monthFrame(at);
        return m == null ? null : new At<>(new TimeSpec.NthWeek(n, m.value()), m.end());
    }
}
