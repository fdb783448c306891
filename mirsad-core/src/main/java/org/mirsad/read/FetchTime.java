package org.mirsad.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Crawl times as exports write them: ISO-8601 with or without an offset ("2015-07-21 02:51:32" in
 * SaudiNewsNet, read as UTC since the export names no zone), a bare date, or Unix seconds or
 * milliseconds.
 */
public final class FetchTime {

    private static final long MILLIS_FROM = 100_000_000_000L; // later than 1973 in ms, year 5138 in s

    private FetchTime() {
    }

    /** The instant {@code text} names, or null when it is not a time. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.chars().allMatch(Character::isDigit) && s.length() >= 9 && s.length() <= 13) {
            long n = Long.parseLong(s);
            return n >= MILLIS_FROM ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        }
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}
