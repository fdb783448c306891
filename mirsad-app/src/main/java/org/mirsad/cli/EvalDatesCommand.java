package org.mirsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.mirsad.dates.PublicationDates;
import org.mirsad.eval.SaudiNewsNet;
import org.mirsad.model.Article;
import org.mirsad.model.PubDate;
import org.mirsad.read.SaudiNewsNetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad eval dates}: publication dates on SaudiNewsNet (gzip JSON arrays of {source, url,
 * date_extracted, title, author, content}). {@code date_extracted} is the crawl time, close to
 * publication for most articles; the inference uses it only as its last resort (weekday + crawl time),
 * which is checked apart on the URL-dated articles. Prints the share of articles
 * given a date and, of those, the share within one day of the crawl date; likewise for the weekday.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Publication dates on SaudiNewsNet: share dated, and share within one day of the crawl date.")
final class EvalDatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/news/saudinewsnet",
            description = "Folder of SaudiNewsNet *.json.gz files (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
            description = "Also print the first N articles dated from their text that are more than a day off, with their evidence.")
    int misses;

    /** Counts of one outlet (or all). */
    static final class Tally {
        int articles;
        int dated;
        int datedWithinDay;
        int weekday;
        int weekdayAgrees;
        /** by kind of evidence (url, metadata, text): dated, and dated within one day */
        final Map<String, int[]> byEvidence = new TreeMap<>();

        void add(PubDate d, LocalDate crawled) {
            articles++;
            if (d.value() != null) {
                dated++;
                boolean near = Math.abs(ChronoUnit.DAYS.between(d.value(), crawled)) <= 1;
                if (near) {
                    datedWithinDay++;
                }
                int[] k = byEvidence.computeIfAbsent(kind(d), x -> new int[2]);
                k[0]++;
                k[1] += near ? 1 : 0;
            }
            if (d.weekday() != null) {
                weekday++;
                for (int k = -1; k <= 1; k++) {
                    if (crawled.plusDays(k).getDayOfWeek() == d.weekday()) {
                        weekdayAgrees++;
                        break;
                    }
                }
            }
        }

        private static String kind(PubDate d) {
            return d.evidence().startsWith("URL") ? "url" : d.evidence().startsWith("source metadata") ? "metadata"
                    : d.confidence() == PublicationDates.WEEKDAY_AND_CRAWL ? "weekday+crawl" : "text";
        }

        String line(String name) {
            return String.format("%-12s articles %6d  dated %6d (%5.1f%%)  within 1 day %6d (%5.1f%% of dated)  "
                    + "weekday %6d (%5.1f%%)  weekday within 1 day %5.1f%%  %s", name, articles, dated, pct(dated, articles),
                    datedWithinDay, pct(datedWithinDay, dated), weekday, pct(weekday, articles),
                    pct(weekdayAgrees, weekday), evidence());
        }

        private String evidence() {
            StringBuilder sb = new StringBuilder();
            byEvidence.forEach((k, v) -> sb.append(String.format(" %s %d (%.1f%% within 1 day)", k, v[0], pct(v[1], v[0]))));
            return sb.toString().strip();
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            throw new UserInputException(data + ": no such folder (SaudiNewsNet *.json.gz; see --data)");
        }
        List<Path> files = SaudiNewsNetFiles.files(data);
        if (files.isEmpty()) {
            throw new UserInputException(data + ": no *.json.gz files");
        }
        Tally all = new Tally();
        Map<String, Tally> byOutlet = new TreeMap<>();
        int[] shown = {0};
        CrawlCheck check = new CrawlCheck();
        SaudiNewsNet.forEach(data, (record, article) -> {
            if (article.source().fetched() == null) {
                return;
            }
            LocalDate crawled = LocalDate.ofInstant(article.source().fetched(), ZoneOffset.UTC);
            PubDate d = PublicationDates.of(article);
            if (d.value() != null && !d.evidence().startsWith("URL")
                    && Math.abs(ChronoUnit.DAYS.between(d.value(), crawled)) > 1 && shown[0] < misses) {
                shown[0]++;
                spec.commandLine().getOut().printf("miss: %s crawled %s, dated %s by «%s» (%s)%n",
                        record.path("url").asText(), crawled, d.value(), d.evidence(), record.path("source").asText());
            }
            all.add(d, crawled);
            check.add(d, article);
            byOutlet.computeIfAbsent(record.path("source").asText("?"), k -> new Tally()).add(d, crawled);
        });
        PrintWriter out = spec.commandLine().getOut();
        out.printf("SaudiNewsNet publication dates (%d files, %s)%n", files.size(), data);
        byOutlet.forEach((name, t) -> out.println(t.line(name)));
        out.println(all.line("ALL"));
        out.println(check.line());
        out.flush();
        return MirsadCli.OK;
    }

    /**
     * The weekday + crawl time inference checked where the answer is known: each URL-dated article is
     * dated again without its URL, and a date from the weekday and the crawl time is compared with the
     * URL's (the within-one-day figure above is circular for that kind, since the crawl time decided it).
     */
    static final class CrawlCheck {
        int urlDated;
        int inferred;
        int same;

        void add(PubDate d, Article article) {
            if (d.value() == null || !d.evidence().startsWith("URL")) {
                return;
            }
            urlDated++;
            PubDate without = PublicationDates.of(article.withSource(article.source().withUrl(null)));
            if (without.confidence() == PublicationDates.WEEKDAY_AND_CRAWL) {
                inferred++;
                same += d.value().equals(without.value()) ? 1 : 0;
            }
        }

        String line() {
            return String.format("weekday+crawl checked on URL-dated articles without their URL: %d of %d dated so, "
                    + "%d (%.1f%%) the URL's date", inferred, urlDated, same, Tally.pct(same, inferred));
        }
    }
}
