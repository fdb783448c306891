package org.mirsad.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/**
 * What a time expression says, before it is placed against a reference time: the grammar's output
 * and the resolver's input. Null fields are parts the text leaves open.
 */
sealed interface TimeSpec {

    /** الآن */
    record Now() implements TimeSpec {
    }

    /** اليوم (0), أمس (-1), أول أمس (-2), غداً (1); {@code stated}: the weekday the text gives with it. */
    record DayShift(int days, DayOfWeek stated) implements TimeSpec {
    }

    /** قبل ثلاثة أيام (-3 days), بعد يومين (+2 days). */
    record Shift(int amount, ChronoUnit unit) implements TimeSpec {
    }

    /** The calendar unit around the reference moved by {@code shift}: الأسبوع الماضي, الشهر الجاري. */
    record Cycle(ChronoUnit unit, int shift) implements TimeSpec {
    }

    /** {@code count} whole units after (or before) the current one: الأسابيع الثلاثة القادمة. */
    record Cycles(ChronoUnit unit, int count, int direction) implements TimeSpec {
    }

    /** A weekday: {@code shift} 0 or 1 is the next one after today, -1 the last one before today. */
    record Weekday(DayOfWeek day, int shift) implements TimeSpec {
    }

    /** A weekday inside a week: الأحد من الأسبوع الماضي. */
    record WeekdayOfWeek(DayOfWeek day, int weekShift) implements TimeSpec {
    }

    /** A calendar date; any part may be open, a year may be relative (السنة القادمة: yearShift 1). */
    record Date(Integer year, Integer yearShift, Integer month, Integer day, DayOfWeek stated) implements TimeSpec {
        static Date of(Integer year, Integer month, Integer day) {
            return new Date(year, null, month, day, null);
        }

        Date withStated(DayOfWeek weekday) {
            return new Date(year, yearShift, month, day, weekday);
        }
    }

    /** A month named with its direction: تشرين الأول المقبل (1), آذار الماضي (-1). */
    record DirectedMonth(int month, int direction) implements TimeSpec {
    }

    /** A Hijri date; converted with the Umm al-Qura calendar. */
    record Hijri(Integer year, int month, Integer day) implements TimeSpec {
    }

    /** The n-th (or with n = -1 the last) weekday of a month: أول ثلاثاء من شهر عشرة. */
    record NthWeekday(int n, DayOfWeek day, TimeSpec month) implements TimeSpec {
    }

    /** The n-th (or last) whole week of a month. */
    record NthWeek(int n, TimeSpec month) implements TimeSpec {
    }

    /** Part of a month: أوائل، أواسط، أواخر (intervals), منتصف، بداية، نهاية (days). */
    record MonthPart(String part, TimeSpec month) implements TimeSpec {
    }

    /** The n-th weekday after a day: ثالث ثلاثاء بعد كريسماس 2014. */
    record NthWeekdayAfter(int n, DayOfWeek day, TimeSpec anchor) implements TimeSpec {
    }

    /** A holiday of {@code holidays.tsv} in a Gregorian year (null: the reference's). */
    record Holiday(TimeLexicon.Holiday holiday, Integer year) implements TimeSpec {
    }

    /**
     * A clock time. {@code part} (MORNING, NOON, AFTERNOON, EVENING, NIGHT) or null; {@code utc} when
     * given in GMT; {@code grain} of the written precision.
     */
    record Clock(int hour, int minute, int second, String part, boolean utc, Grain grain) implements TimeSpec {
        Clock withPart(String p) {
            return new Clock(hour, minute, second, p, utc, grain);
        }
    }

    /** A part of a day as an interval: الليلة, صباح اليوم. */
    record DayPart(TimeSpec day, String part) implements TimeSpec {
    }

    /** A day and a clock time on it. */
    record At(TimeSpec day, Clock time) implements TimeSpec {
    }

    /** من … إلى … */
    record Range(TimeSpec from, TimeSpec to) implements TimeSpec {
    }

    /** حتى الساعة 2:00: from now until then. */
    record Until(TimeSpec to) implements TimeSpec {
    }
}
