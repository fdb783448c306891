package org.mirsad.dates;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The moment relative expressions are read against ("اليوم" is this day), with the writer's UTC
 * offset when known (then "الساعة 8 بتوقيت GMT" is converted to local time).
 *
 * @param now    the local date-time
 * @param offset the local offset from UTC, or null when unknown
 */
public record ReferenceTime(LocalDateTime now, ZoneOffset offset) {

    public ReferenceTime {
        if (now == null) {
            throw new IllegalArgumentException("now must not be null");
        }
    }

    public static ReferenceTime of(LocalDateTime now) {
        return new ReferenceTime(now, null);
    }

    /**
     * Reads {@code 2013-02-12T04:30:00}, {@code 2013-02-12T04:30:00-02:00} or {@code 2013-02-12}.
     *
     * @throws IllegalArgumentException naming the text when it is none of those
     */
    public static ReferenceTime parse(String text) {
        String s = text == null ? "" : text.trim();
        try {
            if (s.length() == 10) {
                return of(java.time.LocalDate.parse(s).atStartOfDay());
            }
            if (s.endsWith("Z") || s.matches(".*T.*[+-]\\d\\d:?\\d\\d$")) {
                OffsetDateTime o = OffsetDateTime.parse(s);
                return new ReferenceTime(o.toLocalDateTime(), o.getOffset());
            }
            return of(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 date-time such as 2013-02-12T04:30:00");
        }
    }
}
