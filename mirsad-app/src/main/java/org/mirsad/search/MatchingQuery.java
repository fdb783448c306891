package org.mirsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.mirsad.index.ArticleFields;

/**
 * A query for the passes that only ask which documents match (the count, the facets), not how well:
 * a word the query searches in all six text fields becomes one term of {@link ArticleFields#ALL_TEXT},
 * where the index holds the words of those fields together. The same documents match (a document has
 * the word in one of the fields exactly when it has it in {@code all_text}), with one posting list read
 * per word instead of six; the skeleton, entity, phrase and field clauses stay as they are. Ranking
 * still reads the six fields, whose weights make the score.
 */
final class MatchingQuery {

    private static final Set<String> TEXT_FIELDS = Set.copyOf(ArticleFields.TEXT_FIELDS);

    private MatchingQuery() {
    }

    /**
     * True when every document of {@code reader} was indexed with {@link ArticleFields#ALL_TEXT} (each
     * segment's documents all carry its mark): an index written before it, or partly before it, is
     * matched on the six fields.
     */
    static boolean indexed(IndexReader reader) throws IOException {
        Term mark = new Term(ArticleFields.ALL_TEXT, ArticleFields.ALL_TEXT_MARK);
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().docFreq(mark) != leaf.reader().maxDoc()) {
                return false;
            }
        }
        return true;
    }

    /** {@code query} (rewritten) with each word searched in all six text fields matched on {@code all_text}. */
    static Query of(Query query) {
        if (query instanceof BoostQuery b) {
            Query inner = of(b.getQuery());
            return inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
        }
        if (!(query instanceof BooleanQuery b)) {
            return query;
        }
        List<BooleanClause> clauses = new ArrayList<>();
        boolean changed = false;
        for (BooleanClause c : b.clauses()) {
            Query sub = of(c.getQuery());
            changed |= sub != c.getQuery();
            clauses.add(sub == c.getQuery() ? c : new BooleanClause(sub, c.getOccur()));
        }
        // The minimum of SHOULD clauses to match counts clauses: folding six into one would change it.
        if (b.getMinimumNumberShouldMatch() == 0) {
            Map<BytesRef, Set<String>> fieldsByWord = new LinkedHashMap<>();
            for (BooleanClause c : clauses) {
                Term t = textTerm(c);
                if (t != null) {
                    fieldsByWord.computeIfAbsent(t.bytes(), k -> new HashSet<>()).add(t.field());
                }
            }
            fieldsByWord.values().removeIf(fields -> !fields.equals(TEXT_FIELDS));
            if (!fieldsByWord.isEmpty()) {
                BooleanQuery.Builder out = new BooleanQuery.Builder();
                for (BooleanClause c : clauses) {
                    Term t = textTerm(c);
                    if (t == null || !fieldsByWord.containsKey(t.bytes())) {
                        out.add(c);
                    }
                }
                for (BytesRef word : fieldsByWord.keySet()) {
                    out.add(new TermQuery(new Term(ArticleFields.ALL_TEXT, word)), BooleanClause.Occur.SHOULD);
                }
                return out.build();
            }
        }
        if (!changed) {
            return b;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        clauses.forEach(out::add);
        return out.build();
    }

    /** The term of a SHOULD clause that is a (boosted) term query on one of the six text fields, else null. */
    private static Term textTerm(BooleanClause c) {
        if (c.getOccur() != BooleanClause.Occur.SHOULD) {
            return null;
        }
        Query q = c.getQuery();
        while (q instanceof BoostQuery b) {
            q = b.getQuery();
        }
        return q instanceof TermQuery t && TEXT_FIELDS.contains(t.getTerm().field()) ? t.getTerm() : null;
    }
}
