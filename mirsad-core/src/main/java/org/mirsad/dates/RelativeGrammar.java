package org.mirsad.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mirsad.dates.TimeLexicon.Role;
import org.mirsad.dates.Words.At;
import org.mirsad.text.ArabicNumbers;

/**
 * Times relative to the reference: اليوم (with the weekday the text gives it), أمس, أول أمس, بعد غد,
 * الأسبوع الماضي, هذا الشهر, السنة القادمة, الأسابيع الثلاثة القادمة, قبل ثلاثة أيام, خلال أسبوعين.
 */
final class RelativeGrammar {

    private final Words t;

    RelativeGrammar(Words words) {
        this.t = words;
    }

    /** اليوم (الثلاثاء), أمس, أول أمس, بعد غد, الأسبوع الماضي, هذا الشهر, قبل ثلاثة أيام, الأسابيع الثلاثة القادمة. */
    At<TimeSpec> relative(int i) {
        if (t.has(i, Role.NOW)) {
            return new At<>(new TimeSpec.Now(), i + 1);
        }
        if (t.has(i, Role.THIS) && t.has(i + 1, Role.MOMENT)) {
            return new At<>(new TimeSpec.Now(), i + 2);
        }
        At<TimeSpec> best = null;
        best = TimeGrammar.longer(best, dayShift(i));
        best = TimeGrammar.longer(best, cycle(i));
        best = TimeGrammar.longer(best, shift(i));
        return best;
    }

    private At<TimeSpec> dayShift(int i) {
        if (t.has(i, Role.THIS) && t.is(i + 1, "اليوم")) {
            return new At<>(new TimeSpec.DayShift(0, null), i + 2);
        }
        At<TimeSpec> best = shiftAt(i);
        if (t.has(i, Role.DAY_WORD)) {
            int j = t.has(i + 1, Role.RELATIVE_PRONOUN) ? i + 2 : i + 1;
            At<TimeSpec> prefixed = shiftAt(j);
            if (prefixed != null && !(prefixed.value() instanceof TimeSpec.DayShift d && d.days() == 0)) {
                best = TimeGrammar.longer(best, prefixed);
            }
        }
        if (t.is(i, "اليوم")) {
            Integer d = t.direction(i + 1);
            if (d != null && d != 0) {
                best = TimeGrammar.longer(best, new At<>(new TimeSpec.DayShift(d, null), i + 2));
            }
        }
        return best;
    }

    /** أمس, غداً, اليوم; أول أمس, قبل أمس, القبل البارحة, أمس الأول (-2); بعد غد (+2). */
    private At<TimeSpec> shiftAt(int j) {
        String first = t.w(j);
        Integer next = dayShiftValue(j + 1);
        if ((first.equals("اول") || t.has(j, Role.BEFORE) || first.equals("القبل")) && Integer.valueOf(-1).equals(next)) {
            return new At<>(new TimeSpec.DayShift(-2, null), j + 2);
        }
        if (t.has(j, Role.AFTER) && Integer.valueOf(1).equals(next)) {
            return new At<>(new TimeSpec.DayShift(2, null), j + 2);
        }
        Integer v = dayShiftValue(j);
        if (v == null) {
            return null;
        }
        if (v == -1 && t.is(j + 1, "الاول")) {
            return new At<>(new TimeSpec.DayShift(-2, null), j + 2);
        }
        return stated(v, j + 1);
    }

    private Integer dayShiftValue(int i) {
        String v = t.role(i, Role.DAY_SHIFT);
        return v == null ? null : Integer.valueOf(v);
    }

    /** اليوم or أمس, and the weekday the text gives it: اليوم الجمعة, اليوم (الثلاثاء), أمس، الأربعاء. */
    private At<TimeSpec> stated(int days, int end) {
        int j = t.is(end, "(") || t.is(end, "،") || t.is(end, ",") ? end + 1 : end;
        At<DayOfWeek> wd = t.weekday(j, false);
        if (wd != null && t.direction(wd.end()) == null) {
            int e = wd.end();
            if (t.is(j - 1, "(") && t.is(e, ")")) {
                e++;
            }
            return new At<>(new TimeSpec.DayShift(days, wd.value()), e);
        }
        return new At<>(new TimeSpec.DayShift(days, null), end);
    }

    /** هذا الأسبوع, الأسبوع الماضي, الشهر الجاري, السنة القادمة, العام الماضي; الأسابيع الثلاثة القادمة. */
    private At<TimeSpec> cycle(int i) {
        boolean thisWord = t.has(i, Role.THIS);
        int j = thisWord ? i + 1 : i;
        String unit = t.role(j, Role.UNIT);
        if (unit == null || !t.w(j).contains("ال")) {
            return null;
        }
        ChronoUnit u = ChronoUnit.valueOf(unit);
        if (u == ChronoUnit.HOURS || u == ChronoUnit.MINUTES) {
            return null;
        }
        Optional<ArabicNumbers.Match> n = t.number(j + 1);
        if (!thisWord && n.isPresent() && n.get().value() > 1 && t.direction(n.get().end()) != null) {
            int dir = t.direction(n.get().end());
            return dir == 0 ? null : new At<>(new TimeSpec.Cycles(u, (int) n.get().value(), dir), n.get().end() + 1);
        }
        if (u == ChronoUnit.DAYS && !thisWord) {
            return null; // اليوم الماضي is a day shift (dayShift), not a cycle
        }
        Integer dir = t.direction(j + 1);
        if (dir != null) {
            return new At<>(new TimeSpec.Cycle(u, dir), j + 2);
        }
        return thisWord ? new At<>(new TimeSpec.Cycle(u, 0), j + 1) : null;
    }

    /** قبل ثلاثة أيام, منذ أسبوعين, من أسبوع (ago); بعد يومين (ahead); خلال أسبوعين (from now until then). */
    private At<TimeSpec> shift(int i) {
        if (t.has(i, Role.WITHIN)) {
            At<TimeSpec> ahead = shift(i, 1);
            return ahead == null ? null : new At<>(new TimeSpec.Until(ahead.value()), ahead.end());
        }
        int sign;
        if (t.has(i, Role.BEFORE) || t.is(i, "منذ") || t.is(i, "من")) {
            sign = -1;
        } else if (t.has(i, Role.AFTER)) {
            sign = 1;
        } else {
            return null;
        }
        return shift(i, sign);
    }

    private At<TimeSpec> shift(int i, int sign) {
        int j = i + 1;
        String dual = t.role(j, Role.UNIT2);
        if (dual != null) {
            return new At<>(new TimeSpec.Shift(sign * 2, ChronoUnit.valueOf(dual)), j + 1);
        }
        String unit = t.role(j, Role.UNIT);
        if (unit != null && !t.w(j).startsWith("ال") && !t.is(i, "من") || unit != null && t.is(i, "من")
                && t.w(j).equals("اسبوع")) {
            return new At<>(new TimeSpec.Shift(sign, ChronoUnit.valueOf(unit)), j + 1);
        }
        if (t.is(i, "من")) {
            return null;
        }
        Optional<ArabicNumbers.Match> n = t.number(j);
        if (n.isEmpty() || n.get().ordinal()) {
            return null;
        }
        String u = t.role(n.get().end(), Role.UNIT);
        return u == null ? null
                : new At<>(new TimeSpec.Shift(sign * (int) n.get().value(), ChronoUnit.valueOf(u)), n.get().end() + 1);
    }
}
