package org.mirsad.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.mirsad.index.ArticleFields;

/**
 * The facet ordinals of each segment's canonical articles in two plain arrays, read from the doc values once per
 * segment and kept until the segment is closed. Reading a sampled document's dozen values from the doc values
 * (packed in a memory-mapped file: an address lookup, then the ordinals, each behind a buffer's checks and a
 * cache miss) was half the facet pass at a million articles; from an array it is two reads at one place.
 *
 * <p>Only canonical articles ({@code canonical:true}) have values here, so the facet pass needs no filter on
 * duplicates beside the query. Documents never change inside a segment (an update is a delete and an add; the
 * collector skips deleted ones), so a column serves every reader that shares the segment's core, and is freed
 * when the core closes.
 *
 * <p>Memory: four bytes per document and per value (a million articles: 1.1 million documents, 12 values each,
 * about 50 MB). All columns together stay within a budget, by default an eighth of the maximum heap; a segment
 * that does not fit has no column ({@link #of} gives null) and is read from its doc values as before.
 */
final class FacetColumns {

    /** One segment's values: the ordinals of document d are {@code ords[starts[d]]} to {@code ords[starts[d + 1] - 1]}. */
    record Column(int[] starts, int[] ords) {

        long bytes() {
            return 4L * starts.length + 4L * ords.length;
        }
    }

    /** Stands for a segment that did not fit the budget, so that it is not tried again at every search. */
    private static final Column NONE = new Column(new int[0], new int[0]);

    private final long budget;
    private final AtomicLong used = new AtomicLong();
    private final AtomicReference<String> field = new AtomicReference<>();
    private final Map<IndexReader.CacheKey, Column> columns = new ConcurrentHashMap<>();

    FacetColumns() {
        this(Runtime.getRuntime().maxMemory() / 8);
    }

    /** With room for {@code budget} bytes of columns. */
    FacetColumns(long budget) {
        this.budget = budget;
    }

    /** Bytes held by the columns now. */
    long used() {
        return used.get();
    }

    /**
     * The column of {@code field} for the segment {@code reader}, built at its first use; null when the segment
     * cannot be cached (no core key) or its column would exceed the budget.
     */
    Column of(LeafReader reader, String field) throws IOException {
        // Columns are kept by segment only: one instance serves one facet field (the index has one).
        String first = this.field.compareAndExchange(null, field);
        if (first != null && !first.equals(field)) {
            throw new IllegalArgumentException("these facet columns hold " + first + ", not " + field);
        }
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) {
            return null;
        }
        Column known = columns.get(core.getKey());
        if (known == null) {
            known = columns.computeIfAbsent(core.getKey(), key -> {
                try {
                    Column built = build(reader, field);
                    core.addClosedListener(closed -> {
                        Column freed = columns.remove(closed);
                        if (freed != null) {
                            used.addAndGet(-freed.bytes());
                        }
                    });
                    return built;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return known == NONE ? null : known;
    }

    /** Counts the values first (no ordinal is decoded), then reserves the room and reads them. */
    private Column build(LeafReader reader, String field) throws IOException {
        FixedBitSet canonical = canonical(reader);
        long values = 0;
        SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            if (canonical.get(doc)) {
                values += dv.docValueCount();
            }
        }
        long bytes = 4L * (reader.maxDoc() + 1) + 4L * values;
        if (values > Integer.MAX_VALUE - 16) {
            return NONE; // past an array's length
        }
        if (used.addAndGet(bytes) > budget) {
            used.addAndGet(-bytes);
            return NONE;
        }
        int[] starts = new int[reader.maxDoc() + 1];
        int[] ords = new int[(int) values];
        int at = 0;
        int next = 0; // documents before this one have their start set
        dv = DocValues.getSortedSet(reader, field);
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            if (canonical.get(doc)) {
                while (next <= doc) {
                    starts[next++] = at;
                }
                for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                    ords[at++] = Math.toIntExact(dv.nextOrd());
                }
            }
        }
        while (next < starts.length) {
            starts[next++] = at;
        }
        return new Column(starts, ords);
    }

    /** The segment's documents with {@code canonical:true} (deleted ones included: the collector skips those). */
    static FixedBitSet canonical(LeafReader reader) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        out.or(canonicalDocs(reader));
        return out;
    }

    /** The same documents as an iterator, for a segment read from its doc values (no column). */
    static DocIdSetIterator canonicalDocs(LeafReader reader) throws IOException {
        PostingsEnum docs = reader.postings(new Term(ArticleFields.CANONICAL, "true"), PostingsEnum.NONE);
        return docs != null ? docs : DocIdSetIterator.empty();
    }
}
