package org.mirsad.segment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mirsad.model.Article;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;
import org.mirsad.text.Sentence;
import org.mirsad.text.SentenceSplitter;

/**
 * Measures how clean segmentation leaves a corpus of scraped articles (outlet, title, content), in
 * the two figures of issue 3:
 * <ul>
 *   <li>the share of articles whose cleaned text (headline, lede, paragraphs, subheadings) still
 *       holds a line that recurs in {@link #RECURRING_SHARE} or more of the same outlet's articles
 *       (goal: under 1%);</li>
 *   <li>for articles that had no boilerplate (no such recurring line, no line the phrase table
 *       calls boilerplate), the share of the original content's sentences kept (goal: over 97%).</li>
 * </ul>
 * The recurring lines are counted over the whole corpus first ({@link RecurringLines}); they are
 * the yardstick, independent of the learner under test.
 */
public final class SegmentationEvaluation {

    public static final double RECURRING_SHARE = 0.02;

    /** One scraped article. */
    public record Sample(String outlet, String title, String content) {
    }

    /** Counts for a set of articles. */
    public record Figures(int articles, int withRecurringLine, int boilerplateFree, long sentences, long sentencesKept) {
        static final Figures ZERO = new Figures(0, 0, 0, 0, 0);

        Figures plus(Figures o) {
            return new Figures(articles + o.articles, withRecurringLine + o.withRecurringLine,
                    boilerplateFree + o.boilerplateFree, sentences + o.sentences, sentencesKept + o.sentencesKept);
        }

        public double recurringShare() {
            return articles == 0 ? 0 : (double) withRecurringLine / articles;
        }

        public double keptShare() {
            return sentences == 0 ? 1 : (double) sentencesKept / sentences;
        }
    }

    /** The yardstick: per outlet, the line keys on at least {@link #RECURRING_SHARE} of its articles. */
    public static final class RecurringLines {
        private final Map<String, Integer> articles = new HashMap<>();
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        public void observe(Sample s) {
            articles.merge(s.outlet(), 1, Integer::sum);
            Map<String, Integer> c = counts.computeIfAbsent(s.outlet(), o -> new HashMap<>());
            for (String key : lineKeys(s.content())) {
                c.merge(key, 1, Integer::sum);
            }
        }

        public Set<String> of(String outlet) {
            int n = articles.getOrDefault(outlet, 0);
            Set<String> out = new HashSet<>();
            counts.getOrDefault(outlet, Map.of()).forEach((k, v) -> {
                if (v >= RECURRING_SHARE * n) {
                    out.add(k);
                }
            });
            return out;
        }

        /** Outlets seen, with their recurring lines. */
    public Map<String, Set<String>> lines() {
        Map<String, Set<String>> out = new TreeMap<>();
        articles.keySet().forEach(o -> out.put(o, new java.util.TreeSet<>(of(o))));
        return out;
    }

    /** Outlets seen, with how many recurring lines each has. */
        public Map<String, Integer> summary() {
            Map<String, Integer> out = new TreeMap<>();
            articles.keySet().forEach(o -> out.put(o, of(o).size()));
            return out;
        }
    }

    private final PageSegmenter segmenter;
    private final RecurringLines truth;
    private final BoilerplateTable table = BoilerplateTable.standard();
    private final Map<String, Set<String>> recurring = new HashMap<>();
    private final Map<String, Figures> byOutlet = new TreeMap<>();

    public SegmentationEvaluation(PageSegmenter segmenter, RecurringLines truth) {
        this.segmenter = segmenter;
        this.truth = truth;
    }

    /** Segments one article and adds it to the figures. */
    public void add(Sample s) {
        Set<String> lines = recurring.computeIfAbsent(s.outlet(), truth::of);
        var page = new Page(new Provenance(s.outlet() + ".json", 1, 1, 1, -1, null, null), Format.TEXT, s.content(),
                new SourceMetadata(s.title(), null, s.outlet(), null), List.of());
        StringBuilder cleaned = new StringBuilder();
        boolean left = false;
        for (Article a : segmenter.segment(page)) {
            for (String block : a.fullText().split("\n\n")) {
                String key = LineText.key(block);
                cleaned.append(key).append(' ');
                // A line the cleaned text still holds: a block that is it, or begins or ends with it (glued).
                left |= lines.stream().anyMatch(r -> key.startsWith(r) || key.endsWith(r));
            }
        }
        String text = cleaned.toString();
        Set<String> contentKeys = lineKeys(s.content());
        boolean hadBoilerplate = contentKeys.stream().anyMatch(lines::contains)
                || contentKeys.stream().anyMatch(k -> table.classify(k) != LineKind.TEXT);
        long sentences = 0;
        long kept = 0;
        if (!hadBoilerplate) {
            // Sentences per line: in scraped content a line break ends a paragraph (and a byline).
            for (Sentence sentence : s.content().lines().flatMap(l -> SentenceSplitter.split(l).stream()).toList()) {
                String key = LineText.key(sentence.text());
                if (!key.isEmpty()) {
                    sentences++;
                    kept += text.contains(key) ? 1 : 0;
                }
            }
        }
        Figures f = new Figures(1, left ? 1 : 0, hadBoilerplate ? 0 : 1, sentences, kept);
        byOutlet.merge(s.outlet(), f, Figures::plus);
    }

    public Map<String, Figures> byOutlet() {
        return byOutlet;
    }

    public Figures total() {
        return byOutlet.values().stream().reduce(Figures.ZERO, Figures::plus);
    }

    static Set<String> lineKeys(String content) {
        Set<String> keys = new HashSet<>();
        for (String line : content.split("\\R")) {
            String k = LineText.key(line);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }
}
