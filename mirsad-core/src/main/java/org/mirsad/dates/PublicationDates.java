package org.mirsad.dates;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.PubDate;
import org.mirsad.tokens.ArticleTokens;

/**
 * An article's publication date and how it is known, in order of trust:
 * <ol>
 * <li>the source's metadata (scraper field, HTML meta, the publication line the segmenter keeps);</li>
 * <li>a date in the URL;</li>
 * <li>a publication line still in the text ({@code تاريخ النشر: …});</li>
 * <li>inference: the weekday the article calls "today" ({@code اليوم (الجمعة)}, or {@code أمس الخميس}
 * a day on) together with a full date whose weekday agrees: the date written right after "today"
 * ({@code اليوم الخميس 5 شوال 1436هـ}), or a date that states that same weekday itself, in the body or
 * a caption. A photo is often years old (seed C's «24 مايو 2022» is a Tuesday in a Friday article),
 * while a caption of the day's event names that day (seed B's «يوم الجمعة 29 نوفمبر 2024»);</li>
 * <li>last, with low confidence: that weekday's latest day on or before the page's crawl time, when
 * the crawler stated one and it is at most {@link #CRAWL_LAG_DAYS} days later (news is crawled soon
 * after it appears; an aggregator's copy crawled weeks later gets nothing).</li>
 * </ol>
 * The value stays null when nothing fixes it; the weekday is still given when the text names it.
 * Only this article's text (and its page's crawl time) is read, so another article's date on the same
 * page cannot leak in.
 */
public final class PublicationDates {

    static final double METADATA = 0.95;
    static final double URL = 0.9;
    static final double STATED_LINE = 0.9;
    static final double ADJACENT_DATE = 0.85;
    static final double BODY_DATE = 0.75;
    static final double CAPTION_DATE = 0.6;
    /** The confidence of a date fixed by the weekday and the crawl time alone. */
    public static final double WEEKDAY_AND_CRAWL = 0.5;
    static final double WEEKDAY_ONLY = 0.0;

    /** A parsing reference only: inference uses full dates and stated weekdays, never the reference. */
    /** How many characters may separate "today" from the date that spells it out. */
    private static final int NEAR = 12;

    /**
     * How long after publication a crawl may come for the weekday to fix the date. On SaudiNewsNet
     * (docs/dates.md) 1,507 of the 1,817 articles that name only today's weekday were crawled within a
     * day of it, 206 two or three days later, 104 four to six: past three days a copy may as well be a
     * week older. Checked on URL-dated articles without their URL, 96 % get the URL's date.
     */
    static final int CRAWL_LAG_DAYS = 3;

    private static final ReferenceTime PARSING = ReferenceTime.of(LocalDateTime.of(2000, 1, 1, 0, 0));

    private PublicationDates() {
    }

    public static PubDate of(Article a) {
        return of(a, null);
    }

    /**
     * {@link #of(Article)}, the words of the headline, lede and blocks read from the article's tokens where
     * they stand ({@code tokens}, may be null).
     */
    public static PubDate of(Article a, ArticleTokens tokens) {
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
        return inferred(a, tokens);
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

    private static PubDate inferred(Article a, ArticleTokens tokens) {
        if (tokens != null && !Words.mayStateToday(tokens)) {
            return PubDate.UNKNOWN; // as below, found without tokenising the pieces (most articles)
        }
        // headline, lede and blocks, never captions; without tokens, each piece is parsed on its own
        List<ArticleTokens.Piece> pieces = (tokens != null ? tokens : ArticleTokens.of(a)).parts();
        List<List<Token>> words = new ArrayList<>(pieces.size());
        boolean namesWeekday = false;
        for (ArticleTokens.Piece piece : pieces) {
            List<Token> w = piece.text() == null ? List.of() : Token.tokenize(piece.text());
            words.add(w);
            namesWeekday = namesWeekday || Words.mayStateToday(w);
        }
        if (!namesWeekday) {
            // no weekday stated with a day shift: no date is inferred, whatever the text's dates (most articles)
            return PubDate.UNKNOWN;
        }
        Today today = null;
        List<Candidate> dates = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            ArticleTokens.Piece piece = pieces.get(p);
            List<TimeExpressions.Found> found =
                    TimeExpressions.parse(piece.text(), words.get(p), PARSING, tokens == null ? null : piece.at());
            for (int k = 0; k < found.size(); k++) {
                TimeExpressions.Found f = found.get(k);
                if (f.spec() instanceof TimeSpec.DayShift s && s.stated() != null && Math.abs(s.days()) <= 2) {
                    Today t = new Today(s.stated().minus(s.days()), f.mention().text());
                    today = today == null ? t : today;
                    // the date written right after it: اليوم الخميس 5 شوال 1436 هـ الموافق 21 يوليو 2015م
                    if (k + 1 < found.size() && SourceDates.isFullDate(found.get(k + 1).spec())
                            && found.get(k + 1).mention().start() - f.mention().end() <= NEAR) {
                        dates.add(candidate(found.get(k + 1), s.days(), ADJACENT_DATE));
                    }
                } else if (SourceDates.isFullDate(f.spec()) && statesWeekday(f.spec())) {
                    dates.add(candidate(f, 0, BODY_DATE));
                }
            }
        }
        if (today == null) {
            return PubDate.UNKNOWN; // the captions' dates only confirm a weekday of today's
        }
        for (Caption c : a.captions()) {
            for (TimeExpressions.Found f : TimeExpressions.parse(c.text(), PARSING)) {
                if (SourceDates.isFullDate(f.spec()) && statesWeekday(f.spec())) {
                    dates.add(candidate(f, 0, CAPTION_DATE));
                }
            }
        }
        DayOfWeek weekday = today.weekday();
        Optional<Candidate> best = dates.stream()
                .filter(c -> c.date().getDayOfWeek() == weekday)
                .max(Comparator.comparingDouble(Candidate::confidence).thenComparing(Candidate::date));
        if (best.isEmpty()) {
            return weekdayBeforeCrawl(weekday, today.evidence(), a.source().fetched());
        }
        Candidate c = best.get();
        return new PubDate(c.date(), weekday, today.evidence() + " … " + c.text(), c.confidence());
    }

    /**
     * The latest {@code weekday} on or before the crawl day (UTC), when the crawl is at most
     * {@link #CRAWL_LAG_DAYS} days after it; else the weekday alone.
     */
    static PubDate weekdayBeforeCrawl(DayOfWeek weekday, String evidence, Instant fetched) {
        if (fetched != null) {
            LocalDate crawled = LocalDate.ofInstant(fetched, ZoneOffset.UTC);
            int lag = Math.floorMod(crawled.getDayOfWeek().getValue() - weekday.getValue(), 7);
            if (lag <= CRAWL_LAG_DAYS) {
                return new PubDate(crawled.minusDays(lag), weekday, evidence + " … crawled " + crawled,
                        WEEKDAY_AND_CRAWL);
            }
        }
        return new PubDate(null, weekday, evidence, WEEKDAY_ONLY);
    }

    /** A date mentioned {@code daysFromToday} days from the publication day (أمس الثلاثاء 20 يوليو: -1). */
    private static Candidate candidate(TimeExpressions.Found f, int daysFromToday, double confidence) {
        return new Candidate(f.mention().time().start().toLocalDate().minusDays(daysFromToday), f.mention().text(),
                confidence);
    }

    /**
     * A full date that gives its own weekday (يوم الجمعة 29 نوفمبر 2024): a caption of the day's
     * event does, an old photo's or a historical reference's seldom does. A bare date elsewhere in
     * the body is not taken: on SaudiNewsNet one in seven historical dates shares today's weekday by
     * chance, and they outnumber the dates of the day (docs/dates.md).
     */
    private static boolean statesWeekday(TimeSpec s) {
        return s instanceof TimeSpec.Date d && d.stated() != null;
    }

    /** The weekday of the publication day, from the words that state it. */
    private record Today(DayOfWeek weekday, String evidence) {
    }

    private record Candidate(LocalDate date, String text, double confidence) {
    }
}
