package org.mirsad.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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
 * it stopped tells roughly how many match in all ({@link #estimate}). In an index of one segment
 * (a compacted one) the group's ordinal names it: no value is looked up and copied.
 */
final class GroupCounter extends SimpleCollector {

    /** The cap of an exact count (a bound on memory only). */
    static final int CAP = 1_000_000;

    private final int cap;
    private final Set<BytesRef> groups;
    /** The groups by ordinal, when the index has one segment (then distinct values have distinct ordinals). */
    private final Set<Integer> ordinals;
    private boolean oneSegment;
    private SortedDocValues values;
    private int docBase;
    /** Top-level documents read when the cap was reached; -1 while under it. */
    private long readWhenFull = -1;

    GroupCounter() {
        this(CAP);
    }

    GroupCounter(int cap) {
        this.cap = cap;
        int expected = Math.min(cap, 1 << 12) * 2; // no rehashing on the way to a small cap
        this.groups = new HashSet<>(expected);
        this.ordinals = new HashSet<>(expected);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        if (full()) {
            throw new CollectionTerminatedException(); // skips the segment
        }
        values = DocValues.getSorted(context.reader(), ArticleFields.GROUP);
        docBase = context.docBase;
        oneSegment = ReaderUtil.getTopLevelContext(context).leaves().size() == 1;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values.advanceExact(doc) && (oneSegment ? ordinals.add(values.ordValue()) : added())) {
            if (full()) {
                readWhenFull = docBase + doc + 1L;
                throw new CollectionTerminatedException();
            }
        }
    }

    /** Whether the current document's group is new (it is then counted). */
    private boolean added() throws IOException {
        BytesRef group = values.lookupOrd(values.ordValue());
        if (groups.contains(group)) {
            return false;
        }
        groups.add(BytesRef.deepCopyOf(group));
        return true;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Distinct groups seen: all of them when {@link #complete()}, else the cap. */
    int count() {
        return groups.size() + ordinals.size(); // one of them is empty
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
        return count() >= cap;
    }
}
