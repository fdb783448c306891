package org.mirsad.pipeline;

import org.mirsad.model.Article;
import org.mirsad.tokens.ArticleTokens;

/**
 * A stage that holds state across articles (duplicate groups, stories). The state lives behind the
 * implementation (in memory for {@code extract}, in the data directory for {@code ingest}, shared
 * across partitions on Spark); the pipeline calls it after every stateless stage, in input order.
 */
public interface CorpusStage extends Stage {

    /**
     * The article as this stage sees it now, after later articles arrived: a story it joined may
     * have merged into another, a better canonical may have joined its duplicate group. Output that
     * is written once the whole input is read (extract, Spark) passes every article through here.
     */
    default Article settle(Article article) {
        return article;
    }

    /**
     * Work on one article that needs none of the stage's corpus state (a MinHash signature, story
     * terms), done on a pipeline worker after the stateless stages so that {@link #apply}, which runs on
     * the one thread that places articles in order, does only what needs the state. The stage keeps
     * the result by article id ({@link Prepared}); apply computes it itself when it was not prepared.
     */
    default void prepare(Article article) {
    }

    /** {@link #prepare(Article)} with the article's tokens ({@link Stage#apply(Article, ArticleTokens)}). */
    default void prepare(Article article, ArticleTokens tokens) {
        prepare(article);
    }
}
