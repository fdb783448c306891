package org.mirsad.outlets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.model.PageSignal;
import org.mirsad.model.Provenance;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Stage;

/**
 * Names the outlet that published an article, by the best evidence there is: the domain of its URL;
 * else the outlet its source names ({@code SourceMetadata.outlet}: a scraper's {@code source} field,
 * an HTML page's {@code og:site_name}), mapped to the usual English name when the table knows it;
 * else the page marks of {@link OutletSignatures} that fall in the article's lines. No evidence, no
 * outlet (null): a "read also" article on an aggregator's page is not the aggregator's (seed 004, H).
 */
public final class OutletStage implements Stage {

    /**
     * A closing mark (source line, end widget) belongs to the article that ends at most this many
     * lines above it: seed 004's source line sits one line under article G, behind an ad line; seed
     * 002's اخترنا لك two lines under article D.
     */
    static final int TRAILING_REACH = 3;

    private final OutletTable table;

    public OutletStage(OutletTable table) {
        this.table = table;
    }

    public OutletStage() {
        this(OutletTable.standard());
    }

    @Override
    public String name() {
        return "outlet";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.TEXT);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.OUTLET);
    }

    @Override
    public Article apply(Article article) {
        var byUrl = table.byUrl(article.source().url());
        if (byUrl.isPresent()) {
            return article.withOutlet(byUrl.get().name());
        }
        String given = article.sourceMetadata().outlet();
        if (given != null && !given.isBlank()) {
            return article.withOutlet(table.byName(given).map(Outlet::name).orElse(given.strip()));
        }
        return article.withOutlet(fromSignals(article));
    }

    /** The outlet whose marks in the article's lines weigh at least 1 together; the heavier wins. */
    static String fromSignals(Article article) {
        Map<String, Double> weight = new LinkedHashMap<>();
        for (PageSignal s : article.sourceMetadata().signals()) {
            if (covers(article, s)) {
                weight.merge(s.outlet(), s.weight(), Double::sum);
            }
        }
        String best = null;
        double most = 0;
        for (var e : weight.entrySet()) {
            if (e.getValue() >= 1 && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * Whether a page mark speaks for the article. An article's lines are lines of the page's text only
     * for a whole text file without a title of its own (the segmenter's rule: a JSONL or WARC record,
     * or an HTML page whose title came from its markup, keeps its record's place), so the marks of such
     * a record cover every article of it.
     */
    static boolean covers(Article article, PageSignal s) {
        Provenance source = article.source();
        String title = article.sourceMetadata().title();
        boolean pageLines = source.record() == 0 && source.offset() < 0 && source.fromLine() > 0
                && (title == null || title.isBlank());
        if (!pageLines) {
            return true;
        }
        if (s.line() >= source.fromLine() && s.line() <= source.toLine()) {
            return true;
        }
        return s.trailing() && s.line() > source.toLine() && s.line() <= source.toLine() + TRAILING_REACH;
    }
}
