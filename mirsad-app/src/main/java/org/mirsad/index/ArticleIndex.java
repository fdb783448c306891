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

    /**
     * Writes out what this thread's adds hold in memory (one of the index's in-memory segments), so that the
     * next {@link #commit} has less to write; called on each thread that adds, in parallel, before a commit.
     * Changes nothing a search sees. Does nothing by default.
     */
    default void flushBuffer() throws IOException {
    }

    /** Makes everything added so far durable and visible to searchers. */
    void commit() throws IOException;
}
