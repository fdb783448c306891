package org.mirsad.model;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * An article's publication date and how it is known.
 *
 * @param value      the date, or null when nothing fixes it
 * @param weekday    the weekday, when the text names it or the date gives it, else null
 * @param evidence   the words that decided it (quoted from the source), or null
 * @param confidence 0..1
 */
public record PubDate(LocalDate value, DayOfWeek weekday, String evidence, double confidence) implements Serializable {

    public static final PubDate UNKNOWN = new PubDate(null, null, null, 0);
}
