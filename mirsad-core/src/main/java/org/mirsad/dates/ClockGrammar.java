package org.mirsad.dates;

import java.util.Optional;
import org.mirsad.dates.TimeLexicon.Role;
import org.mirsad.dates.Words.At;
import org.mirsad.text.ArabicNumbers;

/**
 * Clock times: {@code الساعة 3 صباحا}, {@code 3:18}, {@code 15:23:24}, {@code الثالثة وربع بعد الظهر},
 * {@code الساعة 12 إلا ربع قبل الظهر}, {@code الساعة الرابعة وثلاث وعشرون دقيقة فجرا},
 * {@code الساعة 8 بتوقيت GMT}; and parts of the day after an hour (صباحاً، عصراً، بعد المغرب، هذه الليلة).
 */
final class ClockGrammar {

    private final Words t;

    ClockGrammar(Words words) {
        this.t = words;
    }

    At<TimeSpec.Clock> clock(int i) {
        boolean hourWord = t.has(i, Role.HOUR_WORD) && !t.has(i, Role.UNIT2);
        int j = hourWord ? i + 1 : i;
        int hour;
        int minute = 0;
        int second = 0;
        Grain grain = Grain.HOUR;
        Integer h = t.digits(j);
        int end;
        if (h != null && t.is(j + 1, ":") && t.digits(j + 2) != null) {
            hour = h;
            minute = t.digits(j + 2);
            grain = Grain.MINUTE;
            end = j + 3;
            if (t.is(end, ":") && t.digits(end + 1) != null) {
                second = t.digits(end + 1);
                grain = Grain.SECOND;
                end += 2;
            }
        } else if (h != null) {
            if (!hourWord) {
                return null;
            }
            hour = h;
            end = j + 1;
        } else {
            Optional<ArabicNumbers.Match> n = t.singleNumber(j);
            if (n.isEmpty() || (!hourWord && !n.get().ordinal())) {
                return null;
            }
            hour = (int) n.get().value();
            end = n.get().end();
        }
        if (hour > 24 || minute > 59 || second > 59) {
            return null;
        }
        boolean explicit = hourWord || grain != Grain.HOUR;
        At<Integer> minutes = minutes(end);
        if (minutes != null) {
            int total = hour * 60 + minutes.value();
            hour = Math.floorDiv(total, 60);
            minute = Math.floorMod(total, 60);
            grain = Grain.MINUTE;
            end = minutes.end();
            explicit = true;
        }
        At<String> part = partOfDay(end);
        if (part != null) {
            end = part.end();
            explicit = true;
        }
        boolean utc = false;
        int z = t.has(end, Role.TIME_ZONE_WORD) ? end + 1 : end;
        if (t.has(z, Role.UTC)) {
            utc = true;
            end = z + 1;
        }
        if (!explicit) {
            return null; // a bare ordinal (الثالثة) is not a time
        }
        return new At<>(new TimeSpec.Clock(hour, minute, second, part == null ? null : part.value(), utc, grain), end);
    }

    /** Minutes after the hour (+) or before it (-): و18 دقيقة, وربع, ونصف, وثلث, إلا ربع, إلا خمس دقائق. */
    private At<Integer> minutes(int i) {
        int sign = 1;
        int j = i;
        if (t.has(j, Role.MINUS)) {
            sign = -1;
            j++;
        } else if (t.is(j, "و")) {
            j++;
        } else if (!t.w(j).startsWith("و")) {
            return null;
        }
        String fraction = t.role(j, Role.HOUR_FRACTION);
        if (fraction != null) {
            return new At<>(sign * Integer.parseInt(fraction), j + 1);
        }
        Optional<ArabicNumbers.Match> n = t.number(j);
        if (n.isEmpty() || n.get().value() > 59) {
            return null;
        }
        int end = n.get().end();
        if (t.has(end, Role.MINUTE_WORD)) {
            end++;
        }
        return new At<>(sign * (int) n.get().value(), end);
    }

    /** صباحا, العصر, بعد الظهر (AFTERNOON), قبل الظهر (MORNING), قبل المغرب, بعد المغرب, هذه الليلة, هذا الصباح. */
    At<String> partOfDay(int i) {
        int j = t.has(i, Role.THIS) ? i + 1 : i;
        if (t.has(j, Role.BEFORE) || t.has(j, Role.AFTER)) {
            String p = t.role(j + 1, Role.PART_OF_DAY);
            if (p == null) {
                return null;
            }
            boolean after = t.has(j, Role.AFTER);
            String part = switch (p) {
                case "NOON" -> after ? "AFTERNOON" : "MORNING";
                case "AFTERNOON" -> "AFTERNOON";
                case "EVENING" -> after ? "EVENING" : "AFTERNOON";
                default -> p;
            };
            return new At<>(part, j + 2);
        }
        String p = t.role(j, Role.PART_OF_DAY);
        return p == null ? null : new At<>(p, j + 1);
    }
}
