package org.mirsad.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads one-valued keyword doc values (id, group, outlet) of single documents: far cheaper than
 * stored fields, which decompress a whole block for each document read.
 */
final class DocKeys {

    private DocKeys() {
    }

    /** The value of {@code field} for top-level doc id {@code doc}, or null. */
    static String get(IndexSearcher searcher, String field, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        if (!values.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }
}
