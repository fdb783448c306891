package org.mirsad.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.index.ArticleFields;

/**
 * One search: a query in Lucene's classic syntax (empty: every article), exact-value filters on
 * facet dimensions, sort, and a page of results.
 *
 * @param query   words, "phrases", field:value, date:[2023-09-01 TO 2023-09-30]; may be empty
 * @param filters facet dimension → values that must all hold (see {@link ArticleFields#FACETS})
 * @param sort    by relevance or by date (newest first)
 * @param limit   1..{@link #MAX_LIMIT}
 * @param offset  0..{@link #MAX_OFFSET}
 */
public record SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int limit, int offset) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_QUERY_LENGTH = 1_000;

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadQueryException("query is " + query.length() + " characters long; at most "
                    + MAX_QUERY_LENGTH + " are allowed");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new BadQueryException("offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dim, values) -> {
                if (!ArticleFields.FACETS.contains(dim)) {
                    throw new BadQueryException("unknown filter '" + dim + "'; filters are " + ArticleFields.FACETS);
                }
                if (values != null && !values.isEmpty()) {
                    copy.put(dim, List.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** A query with no filters, by relevance, first {@code limit} hits. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), Sort.RELEVANCE, limit, 0);
    }
}
