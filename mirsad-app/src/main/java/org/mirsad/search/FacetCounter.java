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
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
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
    /** Value buffers to reuse (a search takes one and gives it back). */
    private final ConcurrentLinkedQueue<OrdinalBatch> batches = new ConcurrentLinkedQueue<>();
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
        OrdinalCounts counts = ords.borrow();
        OrdinalBatch buffer = batches.poll();
        try {
            Counting counting = new Counting(ords, columns, counts, buffer != null ? buffer : new OrdinalBatch());
            if (stride == 1) {
                searcher.search(query, counting);
            } else {
                countSample(searcher, query, new StrideSample(stride), counting);
            }
            counting.finishSegment();
            buffer = counting.batch;
            List<SortedSetDocValuesReaderState.OrdRange> ranges = new ArrayList<>();
            for (String dim : dims) {
                ranges.add(ords.range(dim));
            }
            long[][] tops = tops(counts, ranges, n);
            for (int d = 0; d < dims.size(); d++) {
                List<FacetValue> list = new ArrayList<>(tops[d].length);
                for (long best : tops[d]) {
                    String value = ords.value(ord(best));
                    list.add(new FacetValue(value, label(searcher, dims.get(d), value), count(best) * stride));
                }
                out.put(dims.get(d), list);
            }
        } finally {
            ords.give(counts);
            if (buffer != null) {
                batches.add(buffer);
            }
        }
        return out;
    }

    /**
     * Collects the sampled documents that match {@code query} ({@link SampledMatches}): the documents Lucene finds
     * for the conjunction of the query with the sample, in the same order.
     */
    private static void countSample(IndexSearcher searcher, Query query, StrideSample sample, Counting counting)
            throws IOException {
        SampledMatches matches = SampledMatches.of(searcher, query);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet runs = matches.runs(leaf, sample);
            LeafCollector collector = counting.getLeafCollector(leaf);
            Bits live = leaf.reader().getLiveDocs();
            for (int r = runs.nextSetBit(0); r != DocIdSetIterator.NO_MORE_DOCS;
                 r = r + 1 < runs.length() ? runs.nextSetBit(r + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                int doc = sample.sampled(r);
                if (live == null || live.get(doc)) {
                    collector.collect(doc);
                }
            }
        }
    }

    /**
     * For each of {@code ranges} (a dimension's ordinals; null: none), its {@code n} ordinals with the highest
     * counts, best first, each packed with its count ({@link #count(long)}, {@link #ord(long)}): the larger packed
     * value has the larger count, or at the same count the smaller ordinal (the value first in sort order, as
     * lucene-facet orders ties). One pass over the ordinals counted for all the dimensions.
     */
    static long[][] tops(OrdinalCounts counts, List<SortedSetDocValuesReaderState.OrdRange> ranges, int n) {
        int dims = ranges.size();
        // the best so far of each dimension in ascending order, in plain arrays (n is small): no boxing per value
        long[][] best = new long[dims][Math.max(0, n)];
        int[] sizes = new int[dims];
        for (int i = 0; n > 0 && i < counts.touched(); i++) {
            int ord = counts.touched(i);
            int d = 0;
            while (d < dims && (ranges.get(d) == null || ord < ranges.get(d).start || ord > ranges.get(d).end)) {
                d++;
            }
            if (d == dims) {
                continue; // a dimension not asked for
            }
            long packed = pack(counts.count(ord), ord);
            long[] b = best[d];
            if (sizes[d] < n) {
                b[shiftDown(b, sizes[d]++, packed)] = packed;
            } else if (packed > b[0]) {
                System.arraycopy(b, 1, b, 0, n - 1); // drop the smallest; the last place is free
                b[shiftDown(b, n - 1, packed)] = packed;
            }
        }
        long[][] out = new long[dims][];
        for (int d = 0; d < dims; d++) {
            out[d] = new long[sizes[d]];
            for (int i = 0; i < sizes[d]; i++) {
                out[d][i] = best[d][sizes[d] - 1 - i];
            }
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
    }

    /**
     * Counts the facet ordinals of every matching canonical article, in the index's ordinals. A segment's values
     * are gathered in its own ordinals and added to the index's counts in batches grouped by ordinal
     * ({@link OrdinalBatch}): the count array and the map from segment to index ordinals are then read a small
     * region at a time instead of at a random place for every value, which was most of the counting at a million
     * documents (the story dimension alone has a value per story). The values come from the segment's
     * {@link FacetColumns column}; a segment without one is read from its doc values, its duplicates skipped by
     * the postings of {@code canonical:true}.
     */
    private static final class Counting extends SimpleCollector {
        private final Ordinals ords;
        private final FacetColumns columns;
        private final OrdinalCounts counts;
        final OrdinalBatch batch;
        private int[] starts;
        private int[] values;
        private SortedSetDocValues docValues;
        private DocIdSetIterator canonical;
        private LeafReaderContext segment;
        private int[] global;
        private long valueCount;
        /** Documents collected whose values are still to be read from the column: {@link #gather()}. */
        private final int[] docs = new int[512];
        private final int[] rows = new int[2 * docs.length];
        private int pending;

        Counting(Ordinals ords, FacetColumns columns, OrdinalCounts counts, OrdinalBatch batch) {
            this.ords = ords;
            this.columns = columns;
            this.counts = counts;
            this.batch = batch;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            String field = ords.state.getField();
            FacetColumns.Column column = columns.of(context.reader(), field);
            starts = column == null ? null : column.starts();
            values = column == null ? null : column.ords();
            docValues = DocValues.getSortedSet(context.reader(), field);
            canonical = column == null ? FacetColumns.canonicalDocs(context.reader()) : null;
            valueCount = docValues.getValueCount();
            global = ords.global(context);
            segment = context;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (starts != null) {
                docs[pending++] = doc;
                if (pending == docs.length) {
                    gather();
                }
                return;
            }
            if (canonical.docID() < doc) {
                canonical.advance(doc);
            }
            if (canonical.docID() == doc && docValues.advanceExact(doc)) {
                int n = docValues.docValueCount();
                room(n);
                for (int i = 0; i < n; i++) {
                    batch.add((int) docValues.nextOrd());
                }
            }
        }

        /**
         * Copies the values of the documents collected so far from the column. In a loop of their own, the reads
         * of many documents' rows (each a cache miss in a large array) are under way at once; between the
         * conjunction's work for each document they were waited for one by one.
         */
        private void gather() {
            int[] rows = this.rows;
            for (int i = 0; i < pending; i++) {
                rows[2 * i] = starts[docs[i]];
                rows[2 * i + 1] = starts[docs[i] + 1];
            }
            for (int i = 0; i < pending; i++) {
                int from = rows[2 * i];
                int to = rows[2 * i + 1];
                room(to - from);
                batch.add(values, from, to);
            }
            pending = 0;
        }

        private void room(int n) {
            if (!batch.fits(n)) {
                addBatch();
                if (!batch.fits(n)) {
                    batch.grow(n);
                }
            }
        }

        /** Adds the values gathered in the current segment to the index's counts. */
        void finishSegment() throws IOException {
            if (segment != null) {
                gather();
                addBatch();
            }
        }

        private void addBatch() {
            batch.addTo(counts, global, valueCount);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
