package org.mirsad.dates;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mirsad.dates.TimeLexicon.MonthName;
import org.mirsad.dates.TimeLexicon.Role;
import org.mirsad.dates.Words.At;
import org.mirsad.text.ArabicNumbers;

/**
 * Calendar dates: day and month names in every system, paired names ({@code أيلول/سبتمبر},
 * {@code سبتمبر (أيلول)}), years (Gregorian, or Hijri with هـ), numeric dates ({@code 21/09},
 * {@code 2023-09-22}), holidays and parts of a month (أواخر آذار); days counted inside a month are
 * {@link CountedDayGrammar}'s.
 */
final class CalendarGrammar {

    private final Words t;

    CalendarGrammar(Words words) {
        this.t = words;
    }

    /** A month named at {@code i}: a name, a pair of names, شهر + name or number, الشهر + ordinal. */
    At<MonthName> month(int i) {
        if (t.has(i, Role.MONTH_WORD)) {
            At<MonthName> named = monthName(i + 1);
            if (named != null) {
                return named;
            }
            Optional<ArabicNumbers.Match> n = t.number(i + 1);
            boolean article = t.w(i).startsWith("ال") || t.w(i).startsWith("بال");
            if (n.isPresent() && n.get().value() >= 1 && n.get().value() <= 12 && (article == n.get().ordinal())) {
                return new At<>(new MonthName((int) n.get().value(), false), n.get().end());
            }
            return null;
        }
        return monthName(i);
    }

    private At<MonthName> monthName(int i) {
        TimeLexicon.Hit<MonthName> m = t.month(i);
        if (m == null) {
            return null;
        }
        int end = m.end();
        // paired forms: أيلول/سبتمبر, سبتمبر (أيلول), the second name must be the same month
        if (t.is(end, "/") || t.is(end, "(")) {
            TimeLexicon.Hit<MonthName> second = t.month(end + 1);
            if (second != null && second.value().month() == m.value().month()) {
                end = second.end();
                if (t.is(end, ")")) {
                    end++;
                }
            }
        }
        return new At<>(m.value(), end);
    }

    /** A year: {@code 2024}, {@code 2024م}, {@code عام 2022}, {@code لعام 2014}, {@code 1445 هـ} (hijri). */
    At<Year> year(int i) {
        int j = i;
        if (t.is(j, "من") || t.is(j, "في")) {
            j++;
        }
        boolean keyword = t.has(j, Role.YEAR_WORD) && !t.w(j).startsWith("ال") || t.is(j, "العام");
        if (keyword) {
            j++;
        } else {
            j = i;
        }
        Integer y = t.digits(j);
        if (y == null || t.w(j).length() != 4) {
            return null;
        }
        int end = j + 1;
        if (t.has(end, Role.HIJRI_YEAR_MARK) && y >= 1300 && y <= 1600) {
            return new At<>(new Year(y, null, true), end + 1);
        }
        if (t.has(end, Role.GREGORIAN_YEAR_MARK)) {
            end++;
        }
        return y >= 1900 && y <= 2100 ? new At<>(new Year(y, null, false), end) : null;
    }

    /** A year, or a relative one: السنة القادمة, هذا العام. */
    At<Year> yearOrRelative(int i) {
        At<Year> y = year(i);
        if (y != null) {
            return y;
        }
        int j = t.has(i, Role.THIS) ? i + 1 : i;
        if (t.has(j, Role.YEAR_WORD) && t.w(j).startsWith("ال")) {
            Integer d = t.direction(j + 1);
            if (d != null) {
                return new At<>(new Year(null, d, false), j + 2);
            }
            if (j > i) {
                return new At<>(new Year(null, 0, false), j + 1);
            }
        }
        return null;
    }

    record Year(Integer year, Integer shift, boolean hijri) {
    }

    /** A day of the month: {@code 29}, {@code الـ 17}, {@code الثالث عشر}, {@code 22nd}. */
    At<Integer> dayOfMonth(int i) {
        int j = t.is(i, "ال") ? i + 1 : i;
        Integer d = t.digits(j);
        if (d != null) {
            int end = t.has(j + 1, Role.ORDINAL_SUFFIX) ? j + 2 : j + 1;
            return d >= 1 && d <= 31 && t.w(j).length() <= 2 ? new At<>(d, end) : null;
        }
        Optional<ArabicNumbers.Match> n = t.number(j);
        if (n.isPresent() && n.get().ordinal() && n.get().value() >= 1 && n.get().value() <= 31) {
            return new At<>((int) n.get().value(), n.get().end());
        }
        return null;
    }

    /** Day, month and maybe year: {@code 29 نوفمبر 2024}, {@code الرابع من نيسان}, {@code 22nd, September 2023}. */
    At<TimeSpec> dayMonthYear(int i) {
        At<Integer> d = dayOfMonth(i);
        if (d == null) {
            return null;
        }
        int j = t.is(d.end(), ",") || t.is(d.end(), "،") ? d.end() + 1 : d.end();
        j = t.skipPrep(j);
        At<MonthName> m = month(j);
        if (m == null) {
            return null;
        }
        return withYear(m, d.value(), m.end());
    }

    /** Month name, then maybe a year or a direction (تشرين الأول المقبل, سبتمبر الجاري). */
    At<TimeSpec> monthYear(int i) {
        At<MonthName> m = month(i);
        if (m == null) {
            return null;
        }
        if (m.value().hijri()) {
            At<Year> y = year(m.end());
            return y != null && y.value().hijri() ? new At<>(new TimeSpec.Hijri(y.value().year(), m.value().month(), null),
                    y.end()) : null;
        }
        Integer dir = t.direction(m.end());
        if (dir != null && dir != 0) {
            return new At<>(new TimeSpec.DirectedMonth(m.value().month(), dir), m.end() + 1);
        }
        return withYear(m, null, m.end());
    }

    private At<TimeSpec> withYear(At<MonthName> m, Integer day, int at) {
        int month = m.value().month();
        At<Year> y = m.value().hijri() ? year(at) : yearOrRelative(at);
        if (m.value().hijri()) {
            if (y != null && !y.value().hijri()) {
                return null; // a Hijri day and month with a Gregorian year: not a date we can place
            }
            return new At<>(new TimeSpec.Hijri(y == null ? null : y.value().year(), month, day), y == null ? at : y.end());
        }
        if (y != null && !y.value().hijri()) {
            return new At<>(new TimeSpec.Date(y.value().year(), y.value().shift(), month, day, null), y.end());
        }
        int end = at;
        if (t.direction(end) != null && t.direction(end) == 0) {
            end++; // سبتمبر الجاري: this year's
        }
        return new At<>(TimeSpec.Date.of(null, month, day), end);
    }

    /** {@code 21/09}, {@code 21/09/2023}, {@code 2/2013}, {@code 2023-09-22}, {@code 22-09-2023}. */
    At<TimeSpec> numeric(int i) {
        Integer a = t.digits(i);
        if (a == null) {
            return null;
        }
        String sep = t.w(i + 1);
        if (!sep.equals("/") && !sep.equals("-") && !sep.equals(".")) {
            return null;
        }
        Integer b = t.digits(i + 2);
        if (b == null) {
            return null;
        }
        boolean third = t.is(i + 3, sep) && t.digits(i + 4) != null;
        Integer c = third ? t.digits(i + 4) : null;
        if (third && (t.w(i).length() == 4 || t.w(i + 4).length() == 4)) {
            int year = t.w(i).length() == 4 ? a : c;
            int day = t.w(i).length() == 4 ? c : a;
            int end = t.has(i + 5, Role.HIJRI_YEAR_MARK) || t.has(i + 5, Role.GREGORIAN_YEAR_MARK) ? i + 6 : i + 5;
            // 1436/9/29: a Hijri year (Saudi papers write both calendars this way)
            return new At<>(year >= 1300 && year <= 1600 ? new TimeSpec.Hijri(year, b, day) : TimeSpec.Date.of(year, b, day),
                    end);
        }
        if (!third && sep.equals("/") && t.w(i + 2).length() == 4 && a <= 12) {
            return new At<>(TimeSpec.Date.of(b, a, null), i + 3);
        }
        if (!third && sep.equals("/") && a <= 31 && b <= 12 && t.w(i + 2).length() <= 2) {
            return new At<>(TimeSpec.Date.of(null, b, a), i + 3);
        }
        return null;
    }

    /** A holiday and maybe its year: عيد الفطر, رأس السنة الهجرية 2019, رمضان 1445 هـ. */
    At<TimeSpec> holiday(int i) {
        TimeLexicon.Hit<TimeLexicon.Holiday> h = t.holiday(i);
        if (h == null) {
            return null;
        }
        At<Year> y = year(h.end());
        if (y != null && y.value().hijri()) {
            TimeLexicon.Holiday v = h.value();
            if (!v.calendar().equals("HIJRI")) {
                return null;
            }
            return new At<>(new TimeSpec.Hijri(y.value().year(), v.month(), v.days() == 0 ? null : v.day()), y.end());
        }
        return new At<>(new TimeSpec.Holiday(h.value(), y == null ? null : y.value().year()), y == null ? h.end() : y.end());
    }

    /** A month as the frame of a count: شهر مارس 2013, الشهر القادم, هذا الشهر. */
    At<TimeSpec> monthFrame(int i) {
        int j = t.skipPrep(i);
        At<TimeSpec> m = monthYear(j);
        if (m != null && !(m.value() instanceof TimeSpec.Hijri)) {
            return m;
        }
        int k = t.has(j, Role.THIS) ? j + 1 : j;
        if (t.has(k, Role.MONTH_WORD) && t.w(k).contains("ال")) {
            Integer d = t.direction(k + 1);
            if (d != null) {
                return new At<>(new TimeSpec.Cycle(ChronoUnit.MONTHS, d), k + 2);
            }
            if (k > j) {
                return new At<>(new TimeSpec.Cycle(ChronoUnit.MONTHS, 0), k + 1);
            }
        }
        return null;
    }

    /** Parts of a month: أوائل آذار, منتصف مارس, نص شهر ثلاث, بداية شهر 3, أواخر مارس. */
    At<TimeSpec> monthPart(int i) {
        String part = t.role(i, Role.MONTH_PART);
        if (part == null) {
            return null;
        }
        At<TimeSpec> m = monthFrame(i + 1);
        return m == null ? null : new At<>(new TimeSpec.MonthPart(part, m.value()), m.end());
    }
}
