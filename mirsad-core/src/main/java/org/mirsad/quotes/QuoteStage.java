package org.mirsad.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Quote;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Stage;
import org.mirsad.tokens.ArticleTokens;

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
        return apply(article, ArticleTokens.of(article));
    }

    /** Each paragraph's tokens read off the article's. */
    @Override
    public Article apply(Article article, ArticleTokens tokens) {
        List<String> paragraphs = new ArrayList<>();
        int[] starts = new int[article.blocks().size() + 2];
        paragraphs.add(article.headline());
        if (article.lede() != null && !article.lede().isBlank()) {
            starts[paragraphs.size()] = tokens.ledeStart();
            paragraphs.add(article.lede());
        }
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            starts[paragraphs.size()] = tokens.blockStart(i);
            paragraphs.add(blocks.get(i).text());
        }
        List<Quote> quotes = new QuoteFinder(article.entities()).find(paragraphs, starts, tokens);
        return article.withQuotes(quotes);
    }
}
