package org.mirsad.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.mirsad.index.ArticleFields;

/**
 * Counts the distinct canonical articles among the matching documents (an article and its
 * duplicates count once), up to a cap: once it has seen that many it stops the search, so that a
 * word found in half a million articles costs no more to count than one found in {@code cap}. Where
 * it stopped tells roughly how many match in all ({@link #estimate}).
 */
final class GroupCounter extends SimpleCollector {

    /** The cap of an exact count (a bound on memory only). */
    static final int CAP = 1_000_000;

    private final int cap;
    private final Set<BytesRef> groups = new HashSet<>();
    private SortedDocValues values;
    private int docBase;
    /** Top-level documents read when the cap was reached; -1 while under it. */
    private long readWhenFull = -1;

    GroupCounter() {
        this(CAP);
    }

    GroupCounter(int cap) {
        this.cap = cap;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        if (full()) {
            throw new CollectionTerminatedException(); // skips the segment
        }
        values = DocValues.getSorted(context.reader(), ArticleFields.GROUP);
        docBase = context.docBase;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values.advanceExact(doc)) {
            BytesRef group = values.lookupOrd(values.ordValue());
            if (!groups.contains(group)) {
                groups.add(BytesRef.deepCopyOf(group));
                if (full()) {
                    readWhenFull = docBase + doc + 1L;
                    throw new CollectionTerminatedException();
                }
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Distinct groups seen: all of them when {@link #complete()}, else the cap. */
    int count() {
        return groups.size();
    }

    /** True when every matching document was read (the count is exact). */
    boolean complete() {
        return !full();
    }

    /**
     * About how many groups match in an index of {@code maxDoc} documents: the count, or when the cap
     * stopped the search, the cap scaled by the share of the index read by then.
     */
    long estimate(int maxDoc) {
        return complete() ? count() : Math.max(count(), (long) ((double) count() * maxDoc / readWhenFull));
    }

    private boolean full() {
        return groups.size() >= cap;
    }
}
