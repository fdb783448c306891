package org.mirsad.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
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
 * Matches one document in each run of {@code stride} documents of a segment, at a position in the run
 * that a hash of the run number picks: an even sample of the index (documents are roughly in ingest
 * order, so it is spread over time, outlets and stories alike) that no periodic pattern in the input
 * can alias with, as every k-th document could. As a filter beside a query it makes Lucene skip from
 * sampled document to sampled document, so that counting facets over a sample of a huge result costs
 * the sample, not the result. Deterministic: the same index gives the same sample.
 */
final class StrideSample extends Query {

    private final int stride;

    StrideSample(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1, was " + stride);
        }
        this.stride = stride;
    }

    int stride() {
        return stride;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(this, score(), scoreMode, iterator(context.reader().maxDoc()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // computing it is cheaper than caching it
            }
        };
    }

    /** The sampled documents of a segment of {@code maxDoc} documents. */
    DocIdSetIterator iterator(int maxDoc) {
        return new DocIdSetIterator() {
            private int doc = -1;

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) {
                if (target >= maxDoc) {
                    return doc = NO_MORE_DOCS;
                }
                long run = target / stride;
                long next = sampled(run);
                if (next < target) {
                    next = sampled(run + 1);
                }
                doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
                return doc;
            }

            @Override
            public long cost() {
                return Math.max(1, maxDoc / stride);
            }
        };
    }

    /** How many runs a segment of {@code maxDoc} documents has (the last may be short). */
    int runs(int maxDoc) {
        return (int) ((maxDoc + (long) stride - 1) / stride);
    }

    /** The sampled document of run {@code run} (may be past the segment's end in its last, short run). */
    int sampled(int run) {
        long doc = sampled((long) run);
        return doc > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) doc;
    }

    /** The sampled document of run {@code run}: documents run × stride to (run + 1) × stride − 1. */
    private long sampled(long run) {
        long h = (run + 1) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return run * stride + Math.floorMod(h, (long) stride);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "stride(" + stride + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((StrideSample) other).stride == stride;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + stride;
    }
}
