package org.mirsad.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.mirsad.index.ArticleFields;

/**
 * Counts the distinct canonical articles among the matching documents (an article and its
 * duplicates count once). Holds at most {@link #CAP} keys; beyond that the count is a lower bound.
 */
final class GroupCounter extends SimpleCollector {

    static final int CAP = 1_000_000;

    private final Set<BytesRef> groups = new HashSet<>();
    private SortedDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getSorted(context.reader(), ArticleFields.GROUP);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (groups.size() < CAP && values.advanceExact(doc)) {
            groups.add(BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())));
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    int count() {
        return groups.size();
    }
}
