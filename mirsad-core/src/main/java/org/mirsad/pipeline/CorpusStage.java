package org.mirsad.pipeline;

import org.mirsad.model.Article;

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
}
