package org.mirsad.index;

import java.io.Closeable;
import java.io.IOException;
import org.mirsad.model.Article;

/**
 * The full-text index of a data directory (Lucene under {@code DIR/index}). Ingest adds articles to
 * it; search reads it. Adding the same article id again replaces it, so a resumed ingest may add an
 * article twice without harm.
 */
public interface ArticleIndex extends Closeable {

    /** Adds or replaces one article (canonical or duplicate; search collapses duplicates). */
    void add(Article article) throws IOException;

    /** Makes everything added so far durable and visible to searchers. */
    void commit() throws IOException;
}
