package org.mirsad.pipeline;

import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.tokens.ArticleTokens;

/**
 * One step of analysis over a single article, with no state shared between articles: it can run
 * on any thread or on a Spark executor. Stages that need corpus state (dedup, stories) implement
 * {@link CorpusStage} instead.
 */
public interface Stage {

    /** A short name for logs and errors, e.g. "dates". */
    String name();

    /** Fields this stage reads. */
    Set<Field> requires();

    /** Fields this stage fills. */
    Set<Field> provides();

    Article apply(Article article);

    /**
     * {@link #apply(Article)} with the article's tokens, which the pipeline makes once per article and hands
     * to every stateless stage, so that the stages that read words tokenise and look them up once between
     * them. Only for this article's tokens; a stage that reads no words need not override it.
     */
    default Article apply(Article article, ArticleTokens tokens) {
        return apply(article);
    }
}
