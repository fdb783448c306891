package org.mirsad.search;

import java.io.IOException;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Looks up each term of a query in every segment once. A search runs its query several times (the
 * page, the count, the facets, the highlighter's matches for each hit), and each run looked every term
 * up again in each segment's term dictionary: a word searched in seven fields over twenty segments is
 * 140 lookups per run. Term queries that carry their {@link TermStates} skip them; the statistics, and
 * so the scores, are the same.
 */
final class TermLookups {

    private TermLookups() {
    }

    /** {@code query} (rewritten) with its term queries, in boolean and boost queries, looked up once. */
    static Query once(IndexSearcher searcher, Query query) throws IOException {
        if (query instanceof TermQuery t) {
            return t.getTermStates() != null ? t : new TermQuery(t.getTerm(), TermStates.build(searcher, t.getTerm(), true));
        }
        if (query instanceof BoostQuery b) {
            return new BoostQuery(once(searcher, b.getQuery()), b.getBoost());
        }
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(once(searcher, c.getQuery()), c.getOccur());
            }
            return out.build();
        }
        return query;
    }
}
