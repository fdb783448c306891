package org.mirsad.search;

/**
 * Gathers the facet ordinals of one segment's matching documents and adds them to the counts grouped by their
 * high bits. A sampled facet pass counts some 36,000 values spread over hundreds of thousands of ordinals (a story
 * each, a dozen entities); incremented in the order read, nearly each was a cache miss in the count array (and in
 * the map to the index's ordinals), most of the counting. Grouped first (one pass of a counting sort into 256
 * buckets, in a small buffer), each group's increments fall in a few kilobytes of both arrays. Not thread-safe:
 * one per search at a time.
 */
final class OrdinalBatch {

    /** Values held before they are sorted and added; a pass over more is added in several batches. */
    static final int CAPACITY = 1 << 16;
    private static final int BUCKET_BITS = 8;
    private static final int BUCKETS = 1 << BUCKET_BITS;

    private int[] values = new int[CAPACITY];
    private int[] spare = new int[CAPACITY];
    private final int[] histogram = new int[BUCKETS + 1];
    private int size;

    /** Room for {@code n} more values (true), or the buffer must be added first ({@link #addTo}). */
    boolean fits(int n) {
        return size + n <= values.length;
    }

    void add(int ord) {
        values[size++] = ord;
    }

    /** Adds {@code src[from]} to {@code src[to - 1]}; {@link #fits} must have said there is room. */
    void add(int[] src, int from, int to) {
        System.arraycopy(src, from, values, size, to - from);
        size += to - from;
    }

    /** A single document with more values than the buffer holds (never seen: a few hundred at most). */
    void grow(int n) {
        values = java.util.Arrays.copyOf(values, Math.max(values.length * 2, size + n));
        spare = new int[values.length];
    }

    /**
     * Adds the values gathered to {@code counts}, each ordinal mapped through {@code global} (null: the same),
     * and empties the buffer. {@code valueCount}: the ordinals are below it. The values are first grouped by their
     * high bits (one pass of a counting sort into at most {@link #BUCKETS} buckets), so that the counts of each
     * group fall in a few kilobytes of the count array and of the map, which stay in the cache while the group is
     * added.
     */
    void addTo(OrdinalCounts counts, int[] global, long valueCount) {
        int bits = 32 - Integer.numberOfLeadingZeros((int) Math.max(1, valueCount - 1));
        int shift = Math.max(0, bits - BUCKET_BITS);
        int buckets = 1 << (bits - shift);
        java.util.Arrays.fill(histogram, 0, buckets + 1, 0);
        for (int i = 0; i < size; i++) {
            histogram[(values[i] >>> shift) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            histogram[b + 1] += histogram[b];
        }
        for (int i = 0; i < size; i++) {
            int v = values[i];
            spare[histogram[v >>> shift]++] = v;
        }
        int[] grouped = spare;
        if (global == null) {
            for (int i = 0; i < size; i++) {
                counts.increment(grouped[i]);
            }
        } else {
            for (int i = 0; i < size; i++) {
                counts.increment(global[grouped[i]]);
            }
        }
        size = 0;
    }
}
