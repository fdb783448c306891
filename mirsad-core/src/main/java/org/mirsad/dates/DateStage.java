package org.mirsad.dates;

import java.util.EnumSet;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Stage;
import org.mirsad.tokens.ArticleTokens;

/** Fills {@link Article#date()} with the publication date and its evidence ({@link PublicationDates}). */
public final class DateStage implements Stage {

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Field> requires() {
        return EnumSet.of(Field.TEXT);
    }

    @Override
    public Set<Field> provides() {
        return EnumSet.of(Field.DATE);
    }

    @Override
    public Article apply(Article article) {
        return article.withDate(PublicationDates.of(article, null));
    }

    @Override
    public Article apply(Article article, ArticleTokens tokens) {
        return article.withDate(PublicationDates.of(article, tokens));
    }
}
