package org.mirsad.dates;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How precise a time value is; its ISO-8601 form is cut to this grain ({@code 2013-02}, {@code 2013-02-12T15:20}). */
public enum Grain {
    SECOND("yyyy-MM-dd'T'HH:mm:ss", ChronoUnit.SECONDS),
    MINUTE("yyyy-MM-dd'T'HH:mm", ChronoUnit.MINUTES),
    HOUR("yyyy-MM-dd'T'HH", ChronoUnit.HOURS),
    DAY("yyyy-MM-dd", ChronoUnit.DAYS),
    /** a week, written as its Monday */
    WEEK("yyyy-MM-dd", ChronoUnit.WEEKS),
    MONTH("yyyy-MM", ChronoUnit.MONTHS),
    YEAR("yyyy", ChronoUnit.YEARS);

    private final DateTimeFormatter format;
    private final ChronoUnit unit;

    Grain(String pattern, ChronoUnit unit) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        this.unit = unit;
    }

    public String format(LocalDateTime t) {
        return format.format(t);
    }

    public ChronoUnit unit() {
        return unit;
    }

    /** Lower case, as JSON writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Grain of(ChronoUnit unit) {
        for (Grain g : values()) {
            if (g.unit == unit) {
                return g;
            }
        }
        throw new IllegalArgumentException("no grain for " + unit);
    }
}
