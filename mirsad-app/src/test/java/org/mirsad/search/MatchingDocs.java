package org.mirsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** For tests: the documents a query matches, as top-level doc ids in index order, found by Lucene itself. */
final class MatchingDocs {

    private MatchingDocs() {
    }

    static List<Integer> of(IndexSearcher searcher, Query query) throws IOException {
        List<Integer> out = new ArrayList<>();
        searcher.search(query, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                out.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return out;
    }
}
