package org.mirsad.search;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.mirsad.index.ArticleIndex;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.model.Article;

/**
 * The index an ingest writes to: the data directory's Lucene index, and with a cluster URL also the
 * cluster's ({@link SearchBackend}). The local index stays complete because article pages, stories and
 * entities are browsed from it; the cluster serves the searches of many analysts.
 */
public final class ArticleIndexes {

    private ArticleIndexes() {
    }

    /** The index of {@code dataDir}, plus the cluster's when {@code cluster} is not null. */
    public static ArticleIndex open(Path dataDir, URI cluster) throws IOException {
        LuceneArticleIndex local = LuceneArticleIndex.open(dataDir);
        if (cluster == null) {
            return local;
        }
        try {
            return new Both(local, SearchBackend.installed().index(cluster));
        } catch (IOException | RuntimeException e) {
            local.close();
            throw e;
        }
    }

    /** Writes every article to both indexes, in order; the first failure stops the ingest. */
    private record Both(ArticleIndex first, ArticleIndex second) implements ArticleIndex {

        @Override
        public void add(Article article) throws IOException {
            first.add(article);
            second.add(article);
        }

        @Override
        public void flushBuffer() throws IOException {
            first.flushBuffer();
            second.flushBuffer();
        }

        @Override
        public void commit() throws IOException {
            first.commit();
            second.commit();
        }

        @Override
        public void close() throws IOException {
            try {
                first.close();
            } finally {
                second.close();
            }
        }
    }
}
