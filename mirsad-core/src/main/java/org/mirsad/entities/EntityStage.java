package org.mirsad.entities;

import java.util.List;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.ner.NerModel;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Stage;
import org.mirsad.tokens.ArticleTokens;

/**
 * Fills {@link Article#entities()}: names found in the headline, lede and body (not captions), grouped
 * into entities with stable ids. Stateless and thread-safe.
 */
public final class EntityStage implements Stage {

    private final MentionFinder finder;

    /** With the bundled NER model and the shipped gazetteers. */
    public EntityStage() {
        this(NerModel.bundled());
    }

    public EntityStage(NerModel model) {
        this.finder = new MentionFinder(model, KnownEntities.DEFAULT);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.TEXT);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.ENTITIES);
    }

    @Override
    public Article apply(Article article) {
        return apply(article, ArticleTokens.of(article));
    }

    @Override
    public Article apply(Article article, ArticleTokens tokens) {
        return article.withEntities(EntityResolver.resolve(finder.find(tokens, article.agencies())));
    }

    /** The entities of any text. */
    public List<Entity> entities(String text) {
        return EntityResolver.resolve(finder.find(ArticleTokens.of(text)));
    }
}
