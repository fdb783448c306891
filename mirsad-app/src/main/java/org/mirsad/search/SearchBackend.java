package org.mirsad.search;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ServiceLoader;
import org.mirsad.index.ArticleIndex;

/**
 * A search engine outside the process (a cluster at a URL) that can index and search articles in
 * place of, or beside, the embedded Lucene index. Implementations live in their own module (the
 * OpenSearch one in {@code mirsad-opensearch}), found at run time through {@link ServiceLoader}
 * ({@code META-INF/services/org.mirsad.search.SearchBackend}), so that mirsad-app neither compiles
 * against a cluster client nor carries one when it is not wanted.
 */
public interface SearchBackend {

    /** The article index of the cluster at {@code cluster} (created with its mapping when absent). */
    ArticleIndex index(URI cluster) throws IOException;

    /** A searcher over the cluster's article index; each search gives up after {@code timeout}. */
    Searcher searcher(URI cluster, Duration timeout) throws IOException;

    /** The cluster did not answer (down, wrong host or port): the user's setting, not a bug. */
    final class UnreachableException extends IOException {
        public UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The backend on the class path.
     *
     * @throws IllegalStateException when none is (the module's jar is missing), saying how to add it
     */
    static SearchBackend installed() {
        return ServiceLoader.load(SearchBackend.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no OpenSearch support on the class path: build it with 'mvn -pl mirsad-opensearch -am package"
                        + " -DskipTests' (the ./mirsad launcher adds mirsad-opensearch/target when it is there)"));
    }
}
