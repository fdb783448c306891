package org.mirsad.dates;

import java.time.LocalDateTime;

/**
 * A resolved time: a point at a grain, or an interval whose {@code to} is the last unit it covers
 * (inclusive: {@code من 13 إلى 15 تموز} is from 13 to 15 July).
 *
 * @param start the point, or the interval's first unit
 * @param grain its precision
 * @param end   for an interval, its last unit (inclusive); null for a point
 */
public record TimeValue(LocalDateTime start, Grain grain, LocalDateTime end) {

    public TimeValue {
        if (start == null || grain == null) {
            throw new IllegalArgumentException("start and grain must not be null");
        }
    }

    static TimeValue point(LocalDateTime start, Grain grain) {
        return new TimeValue(start, grain, null);
    }

    public boolean isInterval() {
        return end != null;
    }

    /** The ISO-8601 prefix at the grain: {@code 2013-02-18}, {@code 2013-02-12T15:20}, {@code 2013-02}. */
    public String value() {
        return grain.format(start);
    }

    public String from() {
        return end == null ? null : grain.format(start);
    }

    public String to() {
        return end == null ? null : grain.format(end);
    }
}
