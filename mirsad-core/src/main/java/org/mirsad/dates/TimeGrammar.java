package org.mirsad.dates;

import java.time.DayOfWeek;
import java.util.Optional;
import org.mirsad.dates.TimeLexicon.Role;
import org.mirsad.dates.Words.At;
import org.mirsad.text.ArabicNumbers;

/**
 * The longest time expression starting at a token: relative days and weeks ({@link RelativeGrammar}), weekdays (الخميس الماضي, اليوم (الثلاثاء)), calendar dates ({@link CalendarGrammar}),
 * clock times ({@link ClockGrammar}), a day with a time, and intervals (من … إلى …, 13 إلى 15 تموز).
 */
final class TimeGrammar {

    private final Words t;
    private final CalendarGrammar cal;
    private final ClockGrammar clock;
    private final RelativeGrammar relative;
    private final CountedDayGrammar counted;

    TimeGrammar(Words words) {
        this.t = words;
        this.cal = new CalendarGrammar(words);
        this.clock = new ClockGrammar(words);
        this.relative = new RelativeGrammar(words);
        this.counted = new CountedDayGrammar(words, cal);
    }

    /** The longest expression whose first word is at {@code i} (after opening words such as في), or null. */
    At<TimeSpec> at(int i) {
        At<TimeSpec> best = null;
        best = longer(best, range(i));
        best = longer(best, dayRange(i));
        best = longer(best, until(i));
        best = longer(best, withTime(i));
        return best;
    }

    static <T> At<T> longer(At<T> a, At<T> b) {
        return b != null && (a == null || b.end() > a.end()) ? b : a;
    }

    /** A day (or a time alone), then maybe a clock time or a clock range on that day. */
    private At<TimeSpec> withTime(int i) {
        At<TimeSpec> day = day(i);
        if (day == null) {
            At<TimeSpec.Clock> c = clock.clock(i);
            if (c == null) {
                return null;
            }
            At<TimeSpec> d = day(c.end());
            return d != null && isDay(d.value()) ? new At<>(new TimeSpec.At(d.value(), c.value()), d.end())
                    : new At<>(c.value(), c.end());
        }
        if (!isDay(day.value())) {
            return day;
        }
        int j = t.is(day.end(), "،") || t.is(day.end(), ",") || t.is(day.end(), "في") ? day.end() + 1 : day.end();
        At<TimeSpec> clocks = clockRange(j);
        if (clocks != null && clocks.value() instanceof TimeSpec.Range range) {
            return new At<>(new TimeSpec.Range(new TimeSpec.At(day.value(), (TimeSpec.Clock) range.from()),
                    new TimeSpec.At(day.value(), (TimeSpec.Clock) range.to())), clocks.end());
        }
        At<TimeSpec.Clock> c = clock.clock(j);
        if (c != null) {
            return new At<>(new TimeSpec.At(day.value(), c.value()), c.end());
        }
        At<String> part = clock.partOfDay(day.end());
        if (part != null && day.value() instanceof TimeSpec.DayShift) {
            return new At<>(new TimeSpec.DayPart(day.value(), part.value()), part.end());
        }
        return day;
    }

    private static boolean isDay(TimeSpec s) {
        return s instanceof TimeSpec.DayShift || s instanceof TimeSpec.Weekday || s instanceof TimeSpec.WeekdayOfWeek
                || (s instanceof TimeSpec.Date d && d.day() != null) || s instanceof TimeSpec.NthWeekday
                || s instanceof TimeSpec.Holiday h && h.holiday().days() == 1;
    }

    /** Any expression of a day or coarser, without a clock time. */
    At<TimeSpec> day(int i) {
        At<TimeSpec> best = null;
        best = longer(best, relative.relative(i));
        best = longer(best, weekday(i));
        best = longer(best, cal.dayMonthYear(i));
        best = longer(best, cal.monthYear(i));
        best = longer(best, cal.numeric(i));
        best = longer(best, cal.holiday(i));
        best = longer(best, cal.monthPart(i));
        best = longer(best, counted.countedInMonth(i));
        best = longer(best, yearAlone(i));
        best = longer(best, dayPart(i));
        return best;
    }

    private At<TimeSpec> yearAlone(int i) {
        if (!t.has(i, Role.YEAR_WORD)) {
            return null;
        }
        At<CalendarGrammar.Year> y = cal.year(i);
        return y == null || y.value().hijri() ? null : new At<>(TimeSpec.Date.of(y.value().year(), null, null), y.end());
    }

    /** الليلة, هذه الليلة, صباح اليوم, مساء أمس. */
    private At<TimeSpec> dayPart(int i) {
        int j = t.has(i, Role.THIS) ? i + 1 : i;
        if (t.has(j, Role.TONIGHT) && t.w(j).equals("الليله")) {
            return new At<>(new TimeSpec.DayPart(new TimeSpec.DayShift(0, null), "NIGHT"), j + 1);
        }
        String part = t.role(i, Role.PART_OF_DAY);
        if (part != null && !t.w(i).startsWith("ال")) {
            At<TimeSpec> d = relative.relative(i + 1);
            if (d != null && d.value() instanceof TimeSpec.DayShift) {
                return new At<>(new TimeSpec.DayPart(d.value(), part), d.end());
            }
        }
        return null;
    }

    /**
     * Weekdays: الخميس, يوم الأحد, الخميس الماضي, هذا الاثنين, الأحد من الأسبوع الماضي, ثلاثاء الأسبوع
     * الفائت; with a date: يوم الجمعة 29 نوفمبر 2024, الأربعاء الموافق الثالث عشر من شباط, السبت السادس عشر.
     */
    private At<TimeSpec> weekday(int i) {
        int j = i;
        boolean dayWord = t.has(j, Role.DAY_WORD) && !t.is(j, "اليوم");
        boolean thisWord = t.has(j, Role.THIS);
        if (dayWord || thisWord) {
            j++;
        }
        boolean weekFollows = t.has(j + 1, Role.WEEK_WORD) || t.is(j + 1, "من") && t.has(j + 2, Role.WEEK_WORD)
                || t.is(j + 1, "من") && t.has(j + 2, Role.THIS) && t.has(j + 3, Role.WEEK_WORD);
        At<DayOfWeek> wd = t.weekday(j, dayWord || weekFollows);
        if (wd == null) {
            return null;
        }
        int e = wd.end();
        // a date right after the weekday decides: the weekday is only stated
        int k = t.is(e, "،") || t.is(e, ",") || t.is(e, "في") ? e + 1 : e;
        if (t.has(k, Role.FILLER) && !t.is(k, "في")) {
            k++;
        }
        // الثلاثاء الثالث من أيلول: the third Tuesday (CalendarGrammar.countedInMonth), not the 3rd
        Optional<ArabicNumbers.Match> small = t.number(k);
        boolean nth = small.isPresent() && small.get().ordinal() && small.get().value() <= 5 && t.digits(k) == null;
        At<TimeSpec> date = nth ? null : longer(cal.dayMonthYear(k), cal.numeric(k));
        if (date != null) {
            TimeSpec s = date.value() instanceof TimeSpec.Date d ? d.withStated(wd.value()) : date.value();
            return new At<>(s, date.end());
        }
        At<Integer> dom = cal.dayOfMonth(k);
        if (dom != null && k == e && !t.w(k).chars().allMatch(Character::isDigit)) {
            int end = dom.end();
            if (t.is(end, "من") && t.has(end + 1, Role.THIS) && t.has(end + 2, Role.MONTH_WORD)) {
                end += 3;
            }
            if (dom.value() > 5 || end > dom.end()) {
                return new At<>(new TimeSpec.Date(null, null, null, dom.value(), wd.value()), end);
            }
        }
        int w = t.is(e, "من") ? e + 1 : e;
        int thisWeek = t.has(w, Role.THIS) ? w + 1 : w;
        if (t.has(thisWeek, Role.WEEK_WORD)) {
            Integer dir = thisWeek > w ? Integer.valueOf(0) : t.direction(thisWeek + 1);
            if (dir != null) {
                return new At<>(new TimeSpec.WeekdayOfWeek(wd.value(), dir), thisWeek > w ? thisWeek + 1 : thisWeek + 2);
            }
        }
        Integer dir = t.direction(e);
        if (dir != null && dir != 0) {
            return new At<>(new TimeSpec.Weekday(wd.value(), dir), e + 1);
        }
        return new At<>(new TimeSpec.Weekday(wd.value(), 0), e);
    }

    /** من X إلى Y, بين X و Y: days, dates or clock times; X borrows what Y says (month, part of day). */
    private At<TimeSpec> range(int i) {
        boolean between = t.is(i, "بين");
        if (!t.is(i, "من") && !between) {
            return null;
        }
        At<TimeSpec> clocks = clockRange(i);
        if (clocks != null) {
            return clocks;
        }
        At<TimeSpec> from = day(i + 1);
        if (from == null) {
            return null;
        }
        int j = from.end();
        boolean link = between ? t.is(j, "و") : t.has(j, Role.RANGE_TO) || t.is(j, "وحتي");
        At<TimeSpec> to = link ? day(j + 1) : null;
        if (to == null) {
            return null;
        }
        return new At<>(new TimeSpec.Range(from.value(), to.value()), to.end());
    }

    /** من الساعة 3 إلى الساعة 4 بعد العصر; من الساعة التاسعة وحتى الساعة الحادية عشرة صباحاً. */
    private At<TimeSpec> clockRange(int i) {
        if (!t.is(i, "من")) {
            return null;
        }
        At<TimeSpec.Clock> a = clock.clock(i + 1);
        if (a == null) {
            return null;
        }
        int j = a.end();
        if (!(t.has(j, Role.RANGE_TO) || t.is(j, "وحتي"))) {
            return null;
        }
        At<TimeSpec.Clock> b = clock.clock(j + 1);
        if (b == null) {
            return null;
        }
        TimeSpec.Clock from = a.value().part() == null ? a.value().withPart(b.value().part()) : a.value();
        return new At<>(new TimeSpec.Range(from, b.value()), b.end());
    }

    /** من 13 إلى 15 تموز, 13-15 يوليو, يوليو 13-15, من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر. */
    private At<TimeSpec> dayRange(int i) {
        int j = t.is(i, "من") ? i + 1 : i;
        At<Integer> d1 = cal.dayOfMonth(j);
        if (d1 != null) {
            int k = d1.end();
            if (!(t.has(k, Role.RANGE_TO) || t.is(k, "وحتي"))) {
                return null;
            }
            At<TimeSpec> second = cal.dayMonthYear(k + 1);
            if (second != null && second.value() instanceof TimeSpec.Date d) {
                return new At<>(new TimeSpec.Range(new TimeSpec.Date(d.year(), d.yearShift(), d.month(), d1.value(), null), d),
                        second.end());
            }
            if (second != null && second.value() instanceof TimeSpec.Hijri h) {
                return new At<>(new TimeSpec.Range(new TimeSpec.Hijri(h.year(), h.month(), d1.value()), h), second.end());
            }
            return null;
        }
        At<TimeSpec> m = cal.monthYear(j);
        if (m == null || !(m.value() instanceof TimeSpec.Date d) || d.year() != null) {
            return null;
        }
        At<Integer> a = cal.dayOfMonth(m.end());
        if (a == null || !t.has(a.end(), Role.RANGE_TO)) {
            return null;
        }
        At<Integer> b = cal.dayOfMonth(a.end() + 1);
        if (b == null) {
            return null;
        }
        return new At<>(new TimeSpec.Range(TimeSpec.Date.of(null, d.month(), a.value()),
                TimeSpec.Date.of(null, d.month(), b.value())), b.end());
    }

    /** حتى الساعة 2:00: from now until then. */
    private At<TimeSpec> until(int i) {
        if (!t.is(i, "حتي") || !t.has(i + 1, Role.HOUR_WORD)) {
            return null;
        }
        At<TimeSpec.Clock> c = clock.clock(i + 1);
        return c == null ? null : new At<>(new TimeSpec.Until(c.value()), c.end());
    }
}
