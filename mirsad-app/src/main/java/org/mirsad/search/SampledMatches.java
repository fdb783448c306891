package org.mirsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of a segment that a query matches among those a {@link StrideSample} samples: the same documents
 * as the conjunction of the query with the sample, found clause by clause. Lucene's conjunction advances every
 * posting list of a word's disjunction (seven fields and the entity ids: up to thirty) to each sampled document and
 * keeps them in a heap; here each leaf of the query is checked only at the sampled documents still open for it (a
 * bit per run of the sample): a disjunction's later clauses only where its earlier ones did not match, a
 * conjunction's later clauses only where its earlier ones did. Boolean queries (with no minimum of optional
 * clauses) are taken apart; any other query is a leaf, matched through its own weight.
 */
final class SampledMatches {

    private final Node root;

    private SampledMatches(Node root) {
        this.root = root;
    }

    /** For {@code query} (rewritten), its leaves' weights built once for every segment. */
    static SampledMatches of(IndexSearcher searcher, Query query) throws IOException {
        return new SampledMatches(node(searcher, searcher.rewrite(query)));
    }

    /** The runs of {@code sample} in segment {@code leaf} whose sampled document matches (deleted ones included). */
    FixedBitSet runs(LeafReaderContext leaf, StrideSample sample) throws IOException {
        int maxDoc = leaf.reader().maxDoc();
        int runs = sample.runs(maxDoc);
        FixedBitSet all = new FixedBitSet(Math.max(1, runs));
        all.set(0, runs);
        if (runs > 0 && sample.sampled(runs - 1) >= maxDoc) {
            all.clear(runs - 1); // the last run is short, its sampled document past the end
        }
        return root.match(leaf, sample, all);
    }

    private static Node node(IndexSearcher searcher, Query query) throws IOException {
        if (query instanceof BoostQuery b) {
            return node(searcher, b.getQuery());
        }
        if (query instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0) {
            List<Node> required = new ArrayList<>();
            List<Node> excluded = new ArrayList<>();
            List<Node> optional = new ArrayList<>();
            for (BooleanClause c : b.clauses()) {
                switch (c.getOccur()) {
                    case MUST, FILTER -> required.add(node(searcher, c.getQuery()));
                    case MUST_NOT -> excluded.add(node(searcher, c.getQuery()));
                    case SHOULD -> optional.add(node(searcher, c.getQuery()));
                }
            }
            // as Lucene: optional clauses beside required ones do not change what matches; none positive, nothing does
            return required.isEmpty() ? new Any(optional, excluded) : new All(required, excluded);
        }
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new Leaf(weight);
    }

    /** A part of the query: which of the open runs it matches. */
    private interface Node {
        FixedBitSet match(LeafReaderContext leaf, StrideSample sample, FixedBitSet open) throws IOException;

        /** About how many documents of the segment it could match (its posting lists' lengths). */
        long cost(LeafReaderContext leaf) throws IOException;
    }

    /** Every required clause matches and no excluded one: the cheapest first, each only where all before matched. */
    private record All(List<Node> required, List<Node> excluded) implements Node {
        @Override
        public FixedBitSet match(LeafReaderContext leaf, StrideSample sample, FixedBitSet open) throws IOException {
            FixedBitSet left = open;
            for (Node n : byCost(required, leaf, false)) {
                if (left.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                left = n.match(leaf, sample, left);
            }
            return exclude(leaf, sample, left, excluded);
        }

        @Override
        public long cost(LeafReaderContext leaf) throws IOException {
            long min = Long.MAX_VALUE;
            for (Node n : required) {
                min = Math.min(min, n.cost(leaf));
            }
            return min;
        }
    }

    /** Some optional clause matches and no excluded one: each clause only where none before matched. */
    private record Any(List<Node> optional, List<Node> excluded) implements Node {
        @Override
        public FixedBitSet match(LeafReaderContext leaf, StrideSample sample, FixedBitSet open) throws IOException {
            FixedBitSet found = new FixedBitSet(open.length());
            if (optional.isEmpty()) {
                return found; // only negations: Lucene matches nothing
            }
            FixedBitSet left = open.clone();
            for (Node n : byCost(optional, leaf, true)) {
                FixedBitSet matched = n.match(leaf, sample, left);
                found.or(matched);
                left.andNot(matched);
                if (left.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
            }
            return exclude(leaf, sample, found, excluded);
        }

        @Override
        public long cost(LeafReaderContext leaf) throws IOException {
            long sum = 0;
            for (Node n : optional) {
                sum += n.cost(leaf);
            }
            return sum;
        }
    }

    private static FixedBitSet exclude(LeafReaderContext leaf, StrideSample sample, FixedBitSet matched,
                                       List<Node> excluded) throws IOException {
        for (Node n : excluded) {
            if (matched.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            FixedBitSet out = matched.clone();
            out.andNot(n.match(leaf, sample, matched));
            matched = out;
        }
        return matched;
    }

    /** Cheapest first (a conjunction narrows fastest so), or most documents first (a disjunction closes most runs). */
    private static List<Node> byCost(List<Node> nodes, LeafReaderContext leaf, boolean largestFirst) throws IOException {
        if (nodes.size() < 2) {
            return nodes;
        }
        long[] costs = new long[nodes.size()];
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = nodes.get(i).cost(leaf);
            order[i] = i;
        }
        Comparator<Integer> cheapest = Comparator.comparingLong(i -> costs[i]);
        java.util.Arrays.sort(order, largestFirst ? cheapest.reversed() : cheapest);
        List<Node> out = new ArrayList<>(costs.length);
        for (int i : order) {
            out.add(nodes.get(i));
        }
        return out;
    }

    /**
     * Any other query, through its weight: its documents and the open runs' sampled documents are walked
     * together, each skipping to the other (a posting list shorter than the open runs is read whole, a longer one
     * only at those runs).
     */
    private static final class Leaf implements Node {
        private final Weight weight;
        /** The scorer supplier asked for its cost, kept for the match in the same segment (it gives one scorer). */
        private LeafReaderContext suppliedFor;
        private ScorerSupplier supplier;

        Leaf(Weight weight) {
            this.weight = weight;
        }

        private ScorerSupplier supplier(LeafReaderContext leaf) throws IOException {
            if (suppliedFor != leaf) {
                supplier = weight.scorerSupplier(leaf);
                suppliedFor = leaf;
            }
            return supplier;
        }

        @Override
        public FixedBitSet match(LeafReaderContext leaf, StrideSample sample, FixedBitSet open) throws IOException {
            FixedBitSet out = new FixedBitSet(open.length());
            ScorerSupplier scorers = supplier(leaf);
            suppliedFor = null; // used up
            if (scorers == null) {
                return out;
            }
            Scorer scorer = scorers.get(Long.MAX_VALUE);
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            int stride = sample.stride();
            int r = open.nextSetBit(0);
            while (r != DocIdSetIterator.NO_MORE_DOCS) {
                int target = sample.sampled(r);
                int doc = docs.docID() < target ? docs.advance(target) : docs.docID();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                int next = r + 1;
                if (doc == target) {
                    if (twoPhase == null || twoPhase.matches()) {
                        out.set(r);
                    }
                } else {
                    next = Math.max(next, doc / stride); // the first run whose sampled document may be doc or later
                }
                r = next < open.length() ? open.nextSetBit(next) : DocIdSetIterator.NO_MORE_DOCS;
            }
            return out;
        }

        @Override
        public long cost(LeafReaderContext leaf) throws IOException {
            ScorerSupplier scorers = supplier(leaf);
            return scorers == null ? 0 : scorers.cost();
        }
    }
}
