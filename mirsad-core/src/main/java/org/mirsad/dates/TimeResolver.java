package org.mirsad.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.mirsad.dates.TimeSpec.At;
import org.mirsad.dates.TimeSpec.Clock;
import org.mirsad.dates.TimeSpec.Cycle;
import org.mirsad.dates.TimeSpec.Cycles;
import org.mirsad.dates.TimeSpec.Date;
import org.mirsad.dates.TimeSpec.DayPart;
import org.mirsad.dates.TimeSpec.DayShift;
import org.mirsad.dates.TimeSpec.DirectedMonth;
import org.mirsad.dates.TimeSpec.Hijri;
import org.mirsad.dates.TimeSpec.Holiday;
import org.mirsad.dates.TimeSpec.MonthPart;
import org.mirsad.dates.TimeSpec.Now;
import org.mirsad.dates.TimeSpec.NthWeek;
import org.mirsad.dates.TimeSpec.NthWeekday;
import org.mirsad.dates.TimeSpec.NthWeekdayAfter;
import org.mirsad.dates.TimeSpec.Range;
import org.mirsad.dates.TimeSpec.Shift;
import org.mirsad.dates.TimeSpec.Until;
import org.mirsad.dates.TimeSpec.Weekday;
import org.mirsad.dates.TimeSpec.WeekdayOfWeek;

/**
 * Places a {@link TimeSpec} against a reference time. The conventions follow Duckling's (so its
 * Arabic corpus measures us): a bare weekday is the next one after today, a day and month without a
 * year are in the reference year, an hour without a part of day is the next such hour today, weeks
 * start on Monday. Hijri dates use {@link HijrahChronology} (Umm al-Qura), not a hand-made table.
 */
final class TimeResolver {

    private final ReferenceTime ref;
    private final LocalDate today;

    TimeResolver(ReferenceTime ref) {
        this.ref = ref;
        this.today = ref.now().toLocalDate();
    }

    Optional<TimeValue> resolve(TimeSpec spec) {
        try {
            return Optional.ofNullable(value(spec));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty(); // 31 February, a Hijri year out of Umm al-Qura's range: no value
        }
    }

    private TimeValue value(TimeSpec spec) {
        if (spec instanceof Now) {
            return TimeValue.point(ref.now().truncatedTo(ChronoUnit.SECONDS), Grain.SECOND);
        }
        if (spec instanceof DayShift d) {
            return day(today.plusDays(d.days()));
        }
        if (spec instanceof Shift s) {
            return shift(s);
        }
        if (spec instanceof Cycle c) {
            return cycleStart(c.unit(), c.shift());
        }
        if (spec instanceof Cycles c) {
            return cycles(c);
        }
        if (spec instanceof Weekday w) {
            return day(weekday(w.day(), w.shift()));
        }
        if (spec instanceof WeekdayOfWeek w) {
            return day(monday(today).plusWeeks(w.weekShift()).plusDays(w.day().getValue() - 1));
        }
        if (spec instanceof Date d) {
            return date(d);
        }
        if (spec instanceof DirectedMonth m) {
            return month(YearMonth.of(directedYear(m), m.month()));
        }
        if (spec instanceof Hijri h) {
            return hijri(h);
        }
        if (spec instanceof NthWeekday n) {
            return day(nthWeekday(n.n(), n.day(), yearMonth(n.month())));
        }
        if (spec instanceof NthWeek n) {
            return nthWeek(n.n(), yearMonth(n.month()));
        }
        if (spec instanceof MonthPart p) {
            return monthPart(p.part(), yearMonth(p.month()));
        }
        if (spec instanceof NthWeekdayAfter n) {
            return day(value(n.anchor()).start().toLocalDate().with(TemporalAdjusters.next(n.day())).plusWeeks(n.n() - 1L));
        }
        if (spec instanceof Holiday h) {
            return Holidays.of(h.holiday(), h.year() == null ? today.getYear() : h.year());
        }
        if (spec instanceof Clock c) {
            return clock(today, c, true);
        }
        if (spec instanceof At a) {
            return clock(value(a.day()).start().toLocalDate(), a.time(), false);
        }
        if (spec instanceof DayPart p) {
            return dayPart(value(p.day()).start().toLocalDate(), p.part());
        }
        if (spec instanceof Range r) {
            return range(value(r.from()), value(r.to()));
        }
        if (spec instanceof Until u) {
            return until(value(u.to()));
        }
        throw new IllegalArgumentException("unknown spec " + spec);
    }

    private static TimeValue day(LocalDate d) {
        return TimeValue.point(d.atStartOfDay(), Grain.DAY);
    }

    private static TimeValue month(YearMonth m) {
        return TimeValue.point(m.atDay(1).atStartOfDay(), Grain.MONTH);
    }

    private TimeValue shift(Shift s) {
        LocalDateTime t = ref.now().plus(s.amount(), s.unit());
        return switch (s.unit()) {
            case DAYS, WEEKS -> day(t.toLocalDate());
            case MONTHS -> month(YearMonth.from(t));
            case YEARS -> TimeValue.point(LocalDate.of(t.getYear(), 1, 1).atStartOfDay(), Grain.YEAR);
            default -> TimeValue.point(t.truncatedTo(ChronoUnit.MINUTES), Grain.MINUTE);
        };
    }

    private TimeValue cycleStart(ChronoUnit unit, int shift) {
        return switch (unit) {
            case WEEKS -> TimeValue.point(monday(today).plusWeeks(shift).atStartOfDay(), Grain.WEEK);
            case MONTHS -> month(YearMonth.from(today).plusMonths(shift));
            case YEARS -> TimeValue.point(LocalDate.of(today.getYear() + shift, 1, 1).atStartOfDay(), Grain.YEAR);
            default -> day(today.plusDays(shift));
        };
    }

    private TimeValue cycles(Cycles c) {
        int first = c.direction() > 0 ? 1 : -c.count();
        int last = c.direction() > 0 ? c.count() : -1;
        TimeValue a = cycleStart(c.unit(), first);
        return new TimeValue(a.start(), a.grain(), cycleStart(c.unit(), last).start());
    }

    private LocalDate weekday(DayOfWeek d, int shift) {
        return shift < 0 ? today.with(TemporalAdjusters.previous(d)) : today.with(TemporalAdjusters.next(d));
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private TimeValue date(Date d) {
        int year = d.year() != null ? d.year() : today.getYear() + (d.yearShift() == null ? 0 : d.yearShift());
        if (d.month() == null && d.day() == null) {
            return TimeValue.point(LocalDate.of(year, 1, 1).atStartOfDay(), Grain.YEAR);
        }
        if (d.day() == null) {
            return month(YearMonth.of(year, d.month()));
        }
        int month = d.month() != null ? d.month() : today.getMonthValue();
        return day(LocalDate.of(year, month, d.day()));
    }

    private int directedYear(DirectedMonth m) {
        int y = today.getYear();
        if (m.direction() > 0 && m.month() <= today.getMonthValue()) {
            return y + 1;
        }
        if (m.direction() < 0 && m.month() >= today.getMonthValue()) {
            return y - 1;
        }
        return y;
    }

    private TimeValue hijri(Hijri h) {
        int year = h.year() != null ? h.year() : HijrahDate.from(today).get(ChronoField.YEAR);
        if (h.day() != null) {
            return day(LocalDate.from(HijrahChronology.INSTANCE.date(year, h.month(), h.day())));
        }
        HijrahDate first = HijrahChronology.INSTANCE.date(year, h.month(), 1);
        LocalDate start = LocalDate.from(first);
        return new TimeValue(start.atStartOfDay(), Grain.DAY, start.plusDays(first.lengthOfMonth() - 1L).atStartOfDay());
    }

    private YearMonth yearMonth(TimeSpec month) {
        return YearMonth.from(value(month).start());
    }

    private static LocalDate nthWeekday(int n, DayOfWeek d, YearMonth m) {
        LocalDate x = n < 0 ? m.atEndOfMonth().with(TemporalAdjusters.previousOrSame(d))
                : m.atDay(1).with(TemporalAdjusters.nextOrSame(d)).plusWeeks(n - 1L);
        if (!YearMonth.from(x).equals(m)) {
            throw new DateTimeException("no such weekday in " + m);
        }
        return x;
    }

    /** Whole weeks (Monday to Sunday) inside the month, as Duckling counts them. */
    private static TimeValue nthWeek(int n, YearMonth m) {
        LocalDate monday = n < 0 ? m.atEndOfMonth().minusDays(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : m.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
        return TimeValue.point(monday.atStartOfDay(), Grain.WEEK);
    }

    private static TimeValue monthPart(String part, YearMonth m) {
        return switch (part) {
            case "EARLY" -> days(m.atDay(1), m.atDay(10));
            case "MIDDLE" -> days(m.atDay(11), m.atDay(20));
            case "LATE" -> days(m.atDay(21), m.atEndOfMonth());
            case "MID" -> day(m.atDay(15));
            case "END" -> day(m.atEndOfMonth());
            default -> day(m.atDay(1));
        };
    }

    static TimeValue days(LocalDate from, LocalDate to) {
        return new TimeValue(from.atStartOfDay(), Grain.DAY, to.atStartOfDay());
    }

    /**
     * A clock time on {@code day}. Without a part of day, an hour of 1–11 on the reference day is
     * the next such hour (الساعة 3 at 04:30 is 15:00), as Duckling reads it.
     */
    private TimeValue clock(LocalDate day, Clock c, boolean onReferenceDay) {
        int h = c.hour();
        String part = c.part();
        if (part != null) {
            h = switch (part) {
                case "NOON" -> h <= 5 ? h + 12 : h;
                case "AFTERNOON", "EVENING" -> h < 12 ? h + 12 : h;
                case "NIGHT" -> h >= 5 && h < 12 ? h + 12 : h;
                default -> h == 12 && c.minute() == 0 ? 12 : h % 24;
            };
        } else if (onReferenceDay && h >= 1 && h < 12
                && LocalTime.of(h, c.minute(), c.second()).isBefore(ref.now().toLocalTime())) {
            h += 12;
        }
        LocalDateTime t = day.atTime(h % 24, c.minute(), c.second());
        Grain grain = c.grain();
        if (c.utc() && ref.offset() != null) {
            t = t.plusSeconds(ref.offset().getTotalSeconds());
            grain = Grain.MINUTE;
        }
        return TimeValue.point(t, grain);
    }

    private static TimeValue dayPart(LocalDate day, String part) {
        int[] hours = switch (part) {
            case "MORNING" -> new int[] {4, 11};
            case "NOON" -> new int[] {12, 13};
            case "AFTERNOON" -> new int[] {12, 17};
            default -> new int[] {18, 23};
        };
        return new TimeValue(day.atTime(hours[0], 0), Grain.HOUR, day.atTime(hours[1], 0));
    }

    private static TimeValue range(TimeValue from, TimeValue to) {
        LocalDateTime end = to.end() != null ? to.end() : to.start();
        return new TimeValue(from.start(), from.grain(), end);
    }

    private TimeValue until(TimeValue to) {
        return new TimeValue(ref.now().truncatedTo(ChronoUnit.SECONDS), Grain.SECOND, to.start().minusSeconds(1));
    }
}
