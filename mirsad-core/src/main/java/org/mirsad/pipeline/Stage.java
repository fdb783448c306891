package org.mirsad.pipeline;

import java.util.Set;
import org.mirsad.model.Article;

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
}
