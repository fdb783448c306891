package org.mirsad.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.mirsad.index.ArticleFields;

/**
 * Facet counts over canonical articles, from lucene-facet's sorted-set doc values, with labels for
 * people: an entity's canonical name, a story's earliest headline. The ordinals of a reader (lucene-facet's
 * reader state: the map from each segment's ordinals to the index's, the range of each dimension) are
 * built once per index reader and reused until the reader changes. Counting is done here rather than by
 * lucene-facet, whose counts cost an array of every value of every dimension per search
 * ({@link OrdinalCounts}); the counts and their order (most frequent first, ties in value order) are the same.
 * Only canonical articles are counted (a duplicate never adds to a count): a segment's values are read from its
 * {@link FacetColumns column}, which holds those of its canonical articles only.
 */
final class FacetCounter {

    private final StoredArticles stored;
    private final FacetColumns columns;
    private volatile Ordinals ordinals;
    /** Labels found so far for the current reader: "dim U+001F value" → label. */
    private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

    FacetCounter(StoredArticles stored) {
        this(stored, new FacetColumns());
    }

    FacetCounter(StoredArticles stored, FacetColumns columns) {
        this.stored = stored;
        this.columns = columns;
    }

    /** Top {@code n} values of every dimension among the canonical articles matching {@code query}. */
    Map<String, List<FacetValue>> count(IndexSearcher searcher, Query query, List<String> dims, int n)
            throws IOException {
        return count(searcher, query, dims, n, 1);
    }

    /**
     * Top {@code n} values of every dimension, counted over every {@code stride}-th document of the
     * index ({@link StrideSample}) among the canonical articles matching {@code query}, each count multiplied by
     * {@code stride}: an estimate when {@code stride} > 1, exact when it is 1.
     */
    Map<String, List<FacetValue>> count(IndexSearcher searcher, Query query, List<String> dims, int n, int stride)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        Ordinals ords = ordinals(searcher.getIndexReader());
        if (ords.state == null) {
            dims.forEach(d -> out.put(d, List.of()));
            return out;
        }
        Query counted = stride == 1 ? query : new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.FILTER)
                .add(new StrideSample(stride), BooleanClause.Occur.FILTER).build();
        OrdinalCounts counts = ords.borrow();
        OrdinalCounts segmentCounts = ords.borrowSegment();
        try {
            Counting counting = new Counting(ords, columns, counts, segmentCounts);
            searcher.search(counted, counting);
            counting.finishSegment();
            for (String dim : dims) {
                List<FacetValue> list = new ArrayList<>();
                for (long best : top(counts, ords.range(dim), n)) {
                    String value = ords.value(ord(best));
                    list.add(new FacetValue(value, label(searcher, dim, value), count(best) * stride));
                }
                out.put(dim, list);
            }
        } finally {
            ords.give(counts);
            ords.giveSegment(segmentCounts);
        }
        return out;
    }

    /**
     * The {@code n} ordinals of {@code range} with the highest counts, best first, each packed with its count
     * ({@link #count(long)}, {@link #ord(long)}): the larger packed value has the larger count, or at the same
     * count the smaller ordinal (the value first in sort order, as lucene-facet orders ties).
     */
    static List<Long> top(OrdinalCounts counts, SortedSetDocValuesReaderState.OrdRange range, int n) {
        if (range == null || n <= 0) {
            return List.of();
        }
        // the best so far in ascending order, in a plain array (n is small): no boxing per value counted
        long[] best = new long[n];
        int size = 0;
        for (int i = 0; i < counts.touched(); i++) {
            int ord = counts.touched(i);
            if (ord < range.start || ord > range.end) {
                continue;
            }
            long packed = pack(counts.count(ord), ord);
            if (size < n) {
                best[shiftDown(best, size++, packed)] = packed;
            } else if (packed > best[0]) {
                System.arraycopy(best, 1, best, 0, n - 1); // drop the smallest; the last place is free
                best[shiftDown(best, n - 1, packed)] = packed;
            }
        }
        List<Long> out = new ArrayList<>(size);
        for (int i = size - 1; i >= 0; i--) {
            out.add(best[i]);
        }
        return out;
    }

    /** Moves the values of {@code best} above {@code packed} up one place, from {@code at} down; where it goes. */
    private static int shiftDown(long[] best, int at, long packed) {
        while (at > 0 && best[at - 1] > packed) {
            best[at] = best[at - 1];
            at--;
        }
        return at;
    }

    static long pack(int count, int ord) {
        return (long) count << 32 | (Integer.MAX_VALUE - ord);
    }

    static int count(long packed) {
        return (int) (packed >>> 32);
    }

    static int ord(long packed) {
        return Integer.MAX_VALUE - (int) packed;
    }

    String label(IndexSearcher searcher, String dim, String value) throws IOException {
        Ordinals current = ordinals;
        if (current == null || searcher.getIndexReader() != current.reader) {
            return lookUp(searcher, dim, value);
        }
        String key = dim + ArticleFields.KEY_SEPARATOR + value;
        String known = labels.get(key);
        if (known == null) {
            known = lookUp(searcher, dim, value);
            labels.put(key, known);
        }
        return known;
    }

    private String lookUp(IndexSearcher searcher, String dim, String value) throws IOException {
        if (ArticleFields.ENTITY.equals(dim)) {
            JsonNode e = stored.entity(searcher, value);
            return e == null ? value : e.path("canonical").asText(value);
        }
        if (ArticleFields.STORY.equals(dim)) {
            JsonNode a = stored.first(searcher, ArticleFields.STORY, value);
            return a == null ? value : a.path("headline").asText(value);
        }
        return value;
    }

    private Ordinals ordinals(IndexReader reader) throws IOException {
        Ordinals current = ordinals;
        if (current != null && current.reader == reader) {
            return current;
        }
        synchronized (this) {
            if (ordinals == null || ordinals.reader != reader) {
                labels.clear();
                ordinals = Ordinals.of(reader);
            }
            return ordinals;
        }
    }

    /**
     * The facet ordinals of one index reader: lucene-facet's reader state (null while no article has a
     * facet), the map from segment to index ordinals (null for one segment), and counters to reuse.
     */
    private static final class Ordinals {
        final IndexReader reader;
        final SortedSetDocValuesReaderState state;
        final OrdinalMap map;
        private final ConcurrentLinkedQueue<OrdinalCounts> pool = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<OrdinalCounts> segmentPool = new ConcurrentLinkedQueue<>();
        /** Per segment, its ordinals' index ordinals, made an array at first use. */
        private final java.util.concurrent.atomic.AtomicReferenceArray<int[]> global;

        private Ordinals(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
            this.reader = reader;
            this.state = state;
            this.map = state != null && state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues m
                    ? m.mapping : null;
            this.global = new java.util.concurrent.atomic.AtomicReferenceArray<>(reader.leaves().size());
        }

        /**
         * The index ordinal of each ordinal of segment {@code context}, or null when they are the same.
         * An array read per value instead of the ordinal map's packed deltas, which took most of the
         * counting: a sampled pass reads tens of thousands of values. Built once per segment and reader
         * (four bytes per value of the segment).
         */
        int[] global(LeafReaderContext context) throws IOException {
            if (map == null) {
                return null;
            }
            int[] ords = global.get(context.ord);
            if (ords == null) {
                LongValues deltas = map.getGlobalOrds(context.ord);
                ords = new int[Math.toIntExact(DocValues.getSortedSet(context.reader(), state.getField()).getValueCount())];
                for (int i = 0; i < ords.length; i++) {
                    ords[i] = (int) deltas.get(i);
                }
                global.set(context.ord, ords);
            }
            return ords;
        }

        static Ordinals of(IndexReader reader) throws IOException {
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, ArticleFields.facetsConfig());
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
            return new Ordinals(reader, state);
        }

        /** Values of index ordinals read so far: a result's top values recur from search to search. */
        private final Map<Integer, String> values = new java.util.concurrent.ConcurrentHashMap<>();

        /** The value (the last part of its facet path) of index ordinal {@code ord}. */
        String value(int ord) throws IOException {
            String known = values.get(ord);
            if (known == null) {
                SortedSetDocValues all = state.getDocValues();
                String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
                known = path[path.length - 1];
                values.put(ord, known);
            }
            return known;
        }

        SortedSetDocValuesReaderState.OrdRange range(String dim) {
            try {
                return state.getOrdRange(dim);
            } catch (IllegalArgumentException noSuchDimension) {
                return null; // no article has this dimension yet
            }
        }

        OrdinalCounts borrow() {
            OrdinalCounts c = pool.poll();
            return c != null ? c : new OrdinalCounts(state.getSize());
        }

        void give(OrdinalCounts counts) {
            counts.clear();
            pool.add(counts);
        }

        /** Counts in the ordinals of any one segment (as many as the segment with the most values has). */
        OrdinalCounts borrowSegment() throws IOException {
            OrdinalCounts c = segmentPool.poll();
            return c != null ? c : new OrdinalCounts(maxSegmentValues());
        }

        void giveSegment(OrdinalCounts counts) {
            counts.clear();
            segmentPool.add(counts);
        }

        private int maxSegmentValues() throws IOException {
            long max = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                max = Math.max(max, DocValues.getSortedSet(leaf.reader(), state.getField()).getValueCount());
            }
            return Math.toIntExact(max);
        }
    }

    /**
     * Counts the facet ordinals of every matching canonical article, in the index's ordinals. A segment's values
     * are counted in its own ordinals and mapped to the index's once per distinct value when the segment is done:
     * one read of a small array per value instead of two reads of large ones (the map and the index counts),
     * which were most of the counting at a million documents (cache misses: the story dimension alone has a
     * value per story). The values come from the segment's {@link FacetColumns column}; a segment without one
     * is read from its doc values, its duplicates skipped by the postings of {@code canonical:true}.
     */
    private static final class Counting extends SimpleCollector {
        private final Ordinals ords;
        private final FacetColumns columns;
        private final OrdinalCounts counts;
        private final OrdinalCounts segmentCounts;
        private OrdinalCounts into;
        private int[] starts;
        private int[] values;
        private SortedSetDocValues docValues;
        private DocIdSetIterator canonical;
        private int[] global;

        Counting(Ordinals ords, FacetColumns columns, OrdinalCounts counts, OrdinalCounts segmentCounts) {
            this.ords = ords;
            this.columns = columns;
            this.counts = counts;
            this.segmentCounts = segmentCounts;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            String field = ords.state.getField();
            FacetColumns.Column column = columns.of(context.reader(), field);
            starts = column == null ? null : column.starts();
            values = column == null ? null : column.ords();
            docValues = column == null ? DocValues.getSortedSet(context.reader(), field) : null;
            canonical = column == null ? canonicalDocs(context) : null;
            global = ords.global(context);
            into = global == null ? counts : segmentCounts;
        }

        private static DocIdSetIterator canonicalDocs(LeafReaderContext context) throws IOException {
            PostingsEnum docs = context.reader().postings(new Term(ArticleFields.CANONICAL, "true"), PostingsEnum.NONE);
            return docs != null ? docs : DocIdSetIterator.empty();
        }

        @Override
        public void collect(int doc) throws IOException {
            if (starts != null) {
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    into.increment(values[i]);
                }
                return;
            }
            if (canonical.docID() < doc) {
                canonical.advance(doc);
            }
            if (canonical.docID() == doc && docValues.advanceExact(doc)) {
                for (int i = 0, n = docValues.docValueCount(); i < n; i++) {
                    into.increment((int) docValues.nextOrd());
                }
            }
        }

        /**
         * Adds the counts of the segment just read to the index's (nothing to do for a one-segment index). When
         * a good share of the segment's values was counted, they are walked in ordinal order, and so are the
         * index's ordinals they map to (the map keeps the order): two sequential passes instead of two reads
         * at random places per value, which is what the counting cost at a million documents.
         */
        void finishSegment() {
            if (global != null) {
                int touched = segmentCounts.touched();
                if ((long) touched * DENSE > global.length) {
                    for (int ord = 0; ord < global.length; ord++) {
                        int count = segmentCounts.count(ord);
                        if (count != 0) {
                            counts.add(global[ord], count);
                        }
                    }
                } else {
                    for (int i = 0; i < touched; i++) {
                        int ord = segmentCounts.touched(i);
                        counts.add(global[ord], segmentCounts.count(ord));
                    }
                }
            }
            segmentCounts.clear();
        }

        /** A segment's counts are walked in order when more than one of this many of its values was counted. */
        private static final int DENSE = 32;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
