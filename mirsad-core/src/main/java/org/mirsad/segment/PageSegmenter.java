package org.mirsad.segment;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.mirsad.model.Article;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.pipeline.Segmenter;
import org.mirsad.text.Lines;

/**
 * The page segmenter: one page of crawl text into its articles, each with headline, lede,
 * paragraphs, subheadings and captions, and nothing else. It only wires the parts: lines are
 * classified by the {@link BoilerplateTable} and, when given, a {@link BoilerplateLearner}; the
 * {@link PageSplitter} cuts the page into article runs; the {@link ArticleAssembler} builds each
 * article with the {@link CaptionDetector} and {@link SubheadDetector}.
 *
 * <p>A page whose source gives a title (a scraper's JSON record, an HTML page) is one article with
 * that title as headline; a bare text page may hold several.
 */
public final class PageSegmenter implements Segmenter {

    private final BoilerplateTable table;
    private final BoilerplateLearner learner;
    private final boolean learning;
    private final ArticleAssembler assembler;

    /** The standard tables, no learned boilerplate. */
    public PageSegmenter() {
        this(null);
    }

    /** The standard tables, plus boilerplate learned page by page into {@code learner} (may be null). */
    public PageSegmenter(BoilerplateLearner learner) {
        this(learner, true);
    }

    /**
     * The standard tables, plus the boilerplate {@code learner} knows; with {@code learning} false it
     * only reads the learner (counts loaded from a store, or learned in an earlier pass).
     */
    public PageSegmenter(BoilerplateLearner learner, boolean learning) {
        this.table = BoilerplateTable.standard();
        this.learner = learner;
        this.learning = learning;
        this.assembler = new ArticleAssembler(CaptionDetector.standard(), SubheadDetector.standard());
    }

    @Override
    public List<Article> segment(Page page) {
        String text = page.format() == Format.HTML ? Jsoup.parse(page.content()).wholeText() : page.content();
        String[] raw = Lines.split(text);
        String outlet = outletKey(page);
        if (learner != null && learning && outlet != null) {
            learner.observe(outlet, List.of(raw));
        }
        List<PageLine> lines = new ArrayList<>(raw.length);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < raw.length; i++) {
            String stripped = raw[i].strip();
            FoldedText folded = new FoldedText(stripped);
            String line = table.stripGluedTail(stripped, folded);
            String key = LineText.key(line);
            LineKind kind = table.classifyKey(key);
            if (kind == LineKind.TEXT && learner != null && learner.isBoilerplate(outlet, line)) {
                kind = LineKind.NOISE;
            }
            // the folded text holds while no glued tail was cut off: the assembler searches it again
            lines.add(new PageLine(i + 1, line, key, kind, line == stripped ? folded : null));
            if (kind == LineKind.TEXT) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        String title = page.metadata().title() == null || page.metadata().title().isBlank()
                ? null : page.metadata().title().strip();
        // Only a whole text file has lines of its own to narrow to; a record (a JSONL line, an array
        // element, a WARC record, anything with a title of its own) keeps its record's place.
        boolean wholeFile = page.format() == Format.TEXT && title == null && page.source().record() == 0
                && page.source().offset() < 0 && page.source().fromLine() <= 1;
        var context = new ArticleAssembler.PageContext(page.source(), wholeFile, page.metadata(), title, counts);
        List<List<PageLine>> runs = title == null ? PageSplitter.split(lines) : List.of(lines);
        List<Article> out = new ArrayList<>();
        for (List<PageLine> run : runs) {
            assembler.assemble(run, context).ifPresent(out::add);
        }
        return out;
    }

    /** The outlet boilerplate is learned for: the source's outlet name, else the URL's host. */
    static String outletKey(Page page) {
        if (page.metadata().outlet() != null && !page.metadata().outlet().isBlank()) {
            return page.metadata().outlet().strip();
        }
        String url = page.source().url();
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
