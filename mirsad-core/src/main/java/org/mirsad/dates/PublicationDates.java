package org.mirsad.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.PubDate;

/**
 * An article's publication date and how it is known, in order of trust:
 * <ol>
 * <li>the source's metadata (scraper field, HTML meta, the publication line the segmenter keeps);</li>
 * <li>a date in the URL;</li>
 * <li>a publication line still in the text ({@code تاريخ النشر: …});</li>
 * <li>inference: the weekday the article calls "today" ({@code اليوم (الجمعة)}) together with a full
 * date it mentions whose weekday agrees. A caption's date counts only when its weekday agrees too:
 * a photo is often years old (seed C's «24 مايو 2022» is a Tuesday in a Friday article), while a
 * caption of the day's event names that day (seed B's «يوم الجمعة 29 نوفمبر 2024»).</li>
 * </ol>
 * The value stays null when nothing fixes it; the weekday is still given when the text names it.
 * Only this article's text is read, so another article's date on the same page cannot leak in.
 */
public final class PublicationDates {

    static final double METADATA = 0.95;
    static final double URL = 0.9;
    static final double STATED_LINE = 0.9;
    static final double BODY_DATE = 0.75;
    static final double CAPTION_DATE = 0.6;
    static final double WEEKDAY_ONLY = 0.0;

    /** A parsing reference only: inference uses full dates and stated weekdays, never the reference. */
    private static final ReferenceTime PARSING = ReferenceTime.of(LocalDateTime.of(2000, 1, 1, 0, 0));

    private PublicationDates() {
    }

    public static PubDate of(Article a) {
        String meta = a.sourceMetadata().date();
        Optional<LocalDate> fromMeta = SourceDates.parse(meta);
        if (fromMeta.isPresent()) {
            return known(fromMeta.get(), "source metadata: " + meta.strip(), METADATA);
        }
        Optional<SourceDates.Stated> url = SourceDates.fromUrl(a.source().url());
        if (url.isPresent()) {
            return known(url.get().date(), url.get().evidence(), URL);
        }
        for (String line : topLines(a)) {
            Optional<SourceDates.Stated> stated = SourceDates.fromLine(line);
            if (stated.isPresent()) {
                return known(stated.get().date(), stated.get().evidence(), STATED_LINE);
            }
        }
        return inferred(a);
    }

    private static PubDate known(LocalDate d, String evidence, double confidence) {
        return new PubDate(d, d.getDayOfWeek(), evidence, confidence);
    }

    /** The lede and the first blocks: where a publication line sits when the segmenter left it in. */
    private static List<String> topLines(Article a) {
        List<String> out = new ArrayList<>();
        if (a.lede() != null) {
            out.add(a.lede());
        }
        a.blocks().stream().limit(3).map(Block::text).forEach(out::add);
        return out;
    }

    private static PubDate inferred(Article a) {
        Map<DayOfWeek, String> today = new LinkedHashMap<>();
        List<Candidate> dates = new ArrayList<>();
        for (String text : bodyTexts(a)) {
            for (TimeExpressions.Found f : TimeExpressions.parse(text, PARSING)) {
                if (f.spec() instanceof TimeSpec.DayShift s && s.days() == 0 && s.stated() != null) {
                    today.putIfAbsent(s.stated(), f.mention().text());
                } else if (SourceDates.isFullDate(f.spec())) {
                    dates.add(new Candidate(f.mention().value().start().toLocalDate(), f.mention().text(), BODY_DATE));
                }
            }
        }
        for (Caption c : a.captions()) {
            for (TimeExpressions.Found f : TimeExpressions.parse(c.text(), PARSING)) {
                if (SourceDates.isFullDate(f.spec())) {
                    dates.add(new Candidate(f.mention().value().start().toLocalDate(), f.mention().text(), CAPTION_DATE));
                }
            }
        }
        if (today.isEmpty()) {
            return PubDate.UNKNOWN;
        }
        // the first weekday the article calls today; a second, different one (a quoted older report) is ignored
        Map.Entry<DayOfWeek, String> stated = today.entrySet().iterator().next();
        Optional<Candidate> best = dates.stream()
                .filter(c -> c.date().getDayOfWeek() == stated.getKey())
                .max(Comparator.comparingDouble(Candidate::confidence).thenComparing(Candidate::date));
        if (best.isEmpty()) {
            return new PubDate(null, stated.getKey(), stated.getValue(), WEEKDAY_ONLY);
        }
        Candidate c = best.get();
        return new PubDate(c.date(), stated.getKey(), stated.getValue() + " … " + c.text(), c.confidence());
    }

    /** Headline, lede and body blocks; never captions. */
    private static List<String> bodyTexts(Article a) {
        List<String> out = new ArrayList<>();
        out.add(a.headline());
        if (a.lede() != null) {
            out.add(a.lede());
        }
        a.blocks().forEach(b -> out.add(b.text()));
        return out;
    }

    private record Candidate(LocalDate date, String text, double confidence) {
    }
}
