package org.mirsad.dates;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/**
 * The date of a holiday of {@code holidays.tsv} in a Gregorian year. Hijri holidays use Umm
 * al-Qura ({@link HijrahChronology}); when one falls twice in a year (about every 33 years) the
 * first is taken. Easter is the Western one (Meeus/Jones/Butcher computus).
 */
final class Holidays {

    private Holidays() {
    }

    static TimeValue of(TimeLexicon.Holiday h, int year) {
        LocalDate start = switch (h.calendar()) {
            case "HIJRI" -> hijri(h.month(), h.day(), year);
            case "EASTER" -> easter(year);
            default -> LocalDate.of(year, h.month(), h.day());
        };
        if (h.days() == 0) { // the whole Hijri month (رمضان)
            int length = HijrahDate.from(start).lengthOfMonth();
            return TimeResolver.days(start, start.plusDays(length - 1L));
        }
        return TimeValue.point(start.atStartOfDay(), Grain.DAY);
    }

    private static LocalDate hijri(int month, int day, int year) {
        int h = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
        for (int k = 0; k < 2; k++) {
            LocalDate d = LocalDate.from(HijrahChronology.INSTANCE.date(h + k, month, day));
            if (d.getYear() == year) {
                return d;
            }
        }
        throw new java.time.DateTimeException("no Hijri " + month + "/" + day + " in " + year);
    }

    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }
}
