package org.mirsad.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.resources.TsvResource;

/**
 * Dates the source states outright: a metadata value (scraper field, HTML meta, the segmenter's
 * publication line), a date in the URL ({@code /2024/11/29/}, {@code /2015-07-21-}, {@code /20150722/}), or a line of
 * the text that opens with a publication label ({@code تاريخ النشر:}, labels in
 * {@code publication-labels.tsv}).
 */
final class SourceDates {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    /** A whole path segment yyyymmdd: {@code /2015/20150722/ln35.htm} (al-Jazirah, Okaz issue folders). */
    private static final Pattern URL_COMPACT_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:/|$)");
    private static final List<String> LABELS = TsvResource.rows(SourceDates.class, "publication-labels.tsv").stream()
            .map(r -> ArabicNormalizer.normalize(r[0]).toLowerCase(Locale.ROOT)).toList();

    /** A parsing reference only: stated dates carry their own year, so it never decides a value. */
    private static final ReferenceTime PARSING = ReferenceTime.of(LocalDateTime.of(2000, 1, 1, 0, 0));

    private SourceDates() {
    }

    /** A date written as the source wrote it: ISO ({@code 2015-07-21T10:00:00Z}) or words ({@code 29 نوفمبر 2024}). */
    static Optional<LocalDate> parse(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(written);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return fullDates(written).stream().findFirst();
    }

    /** Every date of {@code text} that names its day, month and year. */
    static List<LocalDate> fullDates(String text) {
        return TimeExpressions.parse(text, PARSING).stream()
                .filter(f -> isFullDate(f.spec()))
                .map(f -> f.mention().time().start().toLocalDate())
                .toList();
    }

    static boolean isFullDate(TimeSpec s) {
        return s instanceof TimeSpec.Date d && d.year() != null && d.month() != null && d.day() != null
                || s instanceof TimeSpec.Hijri h && h.year() != null && h.day() != null;
    }

    /** The date in a URL path, with the matched part as evidence. */
    static Optional<Stated> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_COMPACT_DATE.matcher(url);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Optional.of(new Stated(d, "URL " + m.group()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A line that opens with a publication label and holds a date. */
    static Optional<Stated> fromLine(String line) {
        String folded = ArabicNormalizer.normalize(line).strip().toLowerCase(Locale.ROOT);
        for (String label : LABELS) {
            if (folded.startsWith(label)) {
                Optional<LocalDate> d = parse(line);
                if (d.isPresent()) {
                    return Optional.of(new Stated(d.get(), line.strip()));
                }
            }
        }
        return Optional.empty();
    }

    /** A date and the words that state it. */
    record Stated(LocalDate date, String evidence) {
    }
}
