package org.mirsad.opensearch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.mirsad.index.ArticleIndex;
import org.mirsad.search.SearchBackend;
import org.mirsad.search.Searcher;

/** The OpenSearch {@link SearchBackend}, registered in META-INF/services for {@link java.util.ServiceLoader}. */
public final class OpenSearchBackend implements SearchBackend {

    static final Duration INDEX_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public ArticleIndex index(URI cluster) throws IOException {
        Cluster c = Cluster.at(cluster, INDEX_TIMEOUT);
        try {
            return new OpenSearchArticleIndex(c, true);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public Searcher searcher(URI cluster, Duration timeout) throws IOException {
        return new OpenSearchSearcher(Cluster.at(cluster, timeout), timeout);
    }
}
