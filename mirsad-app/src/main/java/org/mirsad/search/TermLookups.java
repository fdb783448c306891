package org.mirsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
 *
 * <p>The lookups of a query are done together: per segment and field one term enumeration, which seeks
 * the field's terms in order, instead of Lucene's {@link TermStates#build} per term (a new enumeration
 * for every term and segment, each behind a task of its executor: a third of the lookup time).
 */
final class TermLookups {

    private TermLookups() {
    }

    /** {@code query} (rewritten) with its term queries, in boolean and boost queries, looked up once. */
    static Query once(IndexSearcher searcher, Query query) throws IOException {
        Map<Term, TermStates> states = new LinkedHashMap<>();
        collect(query, states);
        lookUp(searcher.getTopReaderContext(), states);
        return with(query, states);
    }

    /** The terms of term queries without their lookups, each mapped to null. */
    private static void collect(Query query, Map<Term, TermStates> out) {
        if (query instanceof TermQuery t) {
            if (t.getTermStates() == null) {
                out.put(t.getTerm(), null);
            }
        } else if (query instanceof BoostQuery b) {
            collect(b.getQuery(), out);
        } else if (query instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                collect(c.getQuery(), out);
            }
        }
    }

    /** Fills in the statistics of each term of {@code states}, segment by segment, field by field. */
    static void lookUp(IndexReaderContext top, Map<Term, TermStates> states) throws IOException {
        Map<String, List<Term>> byField = new TreeMap<>();
        for (Term t : states.keySet()) {
            states.put(t, new TermStates(top));
            byField.computeIfAbsent(t.field(), f -> new ArrayList<>()).add(t);
        }
        byField.values().forEach(terms -> terms.sort(null)); // in term order: the enumeration moves forward
        for (LeafReaderContext leaf : top.leaves()) {
            for (Map.Entry<String, List<Term>> field : byField.entrySet()) {
                Terms terms = leaf.reader().terms(field.getKey());
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (Term t : field.getValue()) {
                    if (te.seekExact(t.bytes())) {
                        states.get(t).register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
                    }
                }
            }
        }
    }

    private static Query with(Query query, Map<Term, TermStates> states) {
        if (query instanceof TermQuery t) {
            return t.getTermStates() != null ? t : new TermQuery(t.getTerm(), states.get(t.getTerm()));
        }
        if (query instanceof BoostQuery b) {
            return new BoostQuery(with(b.getQuery(), states), b.getBoost());
        }
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(with(c.getQuery(), states), c.getOccur());
            }
            return out.build();
        }
        return query;
    }
}
