package org.mirsad.search;

import java.io.Closeable;
import java.io.IOException;

/**
 * What the search API, the UI and {@code mirsad search} need from a search backend: one page of
 * collapsed hits with facets and snippets for a {@link SearchRequest}. {@link ArticleSearcher} answers
 * from the embedded Lucene index; a {@link SearchBackend} (OpenSearch) may answer from a cluster.
 */
public interface Searcher extends Closeable {

    /** Runs one search. {@link BadQueryException} for a query the backend cannot parse. */
    SearchResults search(SearchRequest request) throws IOException;
}
