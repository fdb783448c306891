package org.mirsad.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The part of a (rewritten) query that can mark words in one field of a document known to match it:
 * what the highlighter needs. The highlighter asks the whole query for its matches in every hit, and
 * builds the query's weight again for each: a word searched in seven fields, with the entity ids of
 * its spellings, is thirty term lookups per hit for the one field it marks. Here the leaves on other
 * fields become {@link Anything} (they matched or did not; the document matches the query either way)
 * and negations are dropped (a matching document has none of their words), so the structure, and the
 * matches the highlighter keeps for the field, stay those of the query.
 */
final class FieldMatchQuery {

    private FieldMatchQuery() {
    }

    /** {@code query} reduced to what matters for the matches in {@code field}. */
    static Query of(Query query, String field) {
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
                    out.add(of(c.getQuery(), field), c.getOccur());
                }
            }
            return out.build();
        }
        if (query instanceof BoostQuery b) {
            return new BoostQuery(of(b.getQuery(), field), b.getBoost());
        }
        Set<String> fields = fields(query);
        return fields.contains(field) ? query : Anything.INSTANCE;
    }

    /** The fields a query reads. */
    static Set<String> fields(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }

    /**
     * Matches every document and marks no word: stands for a clause on another field. Not
     * {@code MatchAllDocsQuery}, which boolean rewriting folds a disjunction into (dropping the
     * clauses beside it).
     */
    static final class Anything extends Query {
        static final Anything INSTANCE = new Anything();

        private Anything() {
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public Scorer scorer(LeafReaderContext context) {
                    return new ConstantScoreScorer(this, score(), scoreMode, DocIdSetIterator.all(context.reader().maxDoc()));
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false;
                }
            };
        }

        /**
         * Shows visitors nothing, as a term query on a field they do not accept: the highlighter takes
         * a leaf it does not know for one it must analyse the text again for (a pass of the analyzer
         * over each hit instead of reading offsets from the postings).
         */
        @Override
        public void visit(QueryVisitor visitor) {
        }

        @Override
        public String toString(String field) {
            return "anything";
        }

        @Override
        public boolean equals(Object other) {
            return other == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
