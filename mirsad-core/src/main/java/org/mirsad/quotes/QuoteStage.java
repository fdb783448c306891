package org.mirsad.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.model.Article;
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

    /**
     * The headline, a lede that is not blank and every block, each paragraph's tokens read off the article's
     * where it stands among them.
     */
    @Override
    public Article apply(Article article, ArticleTokens tokens) {
        List<String> paragraphs = new ArrayList<>();
        List<ArticleTokens.Part> at = new ArrayList<>();
        for (ArticleTokens.Piece piece : tokens.parts()) {
            if (piece.kind() != ArticleTokens.Piece.Kind.LEDE || !piece.text().isBlank()) {
                paragraphs.add(piece.text());
                at.add(piece.at());
            }
        }
        List<Quote> quotes = new QuoteFinder(article.entities()).find(paragraphs, at);
        return article.withQuotes(quotes);
    }
}
