package org.mirsad.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Quote;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Stage;

/** Fills {@link Article#quotes()}: direct and indirect quotations with their speakers. Stateless. */
public final class QuoteStage implements Stage {

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.TEXT, Field.ENTITIES);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.QUOTES);
    }

    @Override
    public Article apply(Article article) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(article.headline());
        if (article.lede() != null && !article.lede().isBlank()) {
            paragraphs.add(article.lede());
        }
        for (Block b : article.blocks()) {
            paragraphs.add(b.text());
        }
        List<Quote> quotes = new QuoteFinder(article.entities()).find(paragraphs);
        return article.withQuotes(quotes);
    }
}
