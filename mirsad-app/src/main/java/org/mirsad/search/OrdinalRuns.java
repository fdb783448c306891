package org.mirsad.search;

/**
 * Gathers the facet ordinals of one segment's matching documents and adds them to the counts as runs: sorted
 * (a radix sort, two passes of about ten bits for a million articles' values), each distinct ordinal added once
 * with the length of its run, in ascending order. A sampled facet pass counts some 36,000 values spread over
 * hundreds of thousands of ordinals (a story each, a dozen entities); incremented one by one, each was a cache
 * miss in the count array, most of the counting. Sorted, the array is walked in order, where the processor's
 * prefetching keeps up, and the sort itself runs in a small buffer. Not thread-safe: one per search at a time.
 */
final class OrdinalRuns {

    /** Values held before they are sorted and added; a pass over more is added in several batches. */
    static final int CAPACITY = 1 << 16;
    private static final int MAX_DIGIT_BITS = 11;

    private int[] values = new int[CAPACITY];
    private int[] spare = new int[CAPACITY];
    private final int[] histogram = new int[(1 << MAX_DIGIT_BITS) + 1];
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
     * and empties the buffer. {@code valueCount}: the ordinals are below it.
     */
    void addTo(OrdinalCounts counts, int[] global, long valueCount) {
        sort(32 - Integer.numberOfLeadingZeros((int) Math.max(1, valueCount - 1)));
        int[] v = values;
        int i = 0;
        while (i < size) {
            int ord = v[i];
            int j = i + 1;
            while (j < size && v[j] == ord) {
                j++;
            }
            counts.add(global == null ? ord : global[ord], j - i);
            i = j;
        }
        size = 0;
    }

    /** Least significant digit first, each pass a stable counting sort on at most {@link #MAX_DIGIT_BITS} bits. */
    private void sort(int bits) {
        int passes = Math.max(1, (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS);
        int digit = (bits + passes - 1) / passes;
        int mask = (1 << digit) - 1;
        for (int shift = 0; shift < bits; shift += digit) {
            java.util.Arrays.fill(histogram, 0, mask + 2, 0);
            for (int i = 0; i < size; i++) {
                histogram[((values[i] >>> shift) & mask) + 1]++;
            }
            for (int d = 0; d <= mask; d++) {
                histogram[d + 1] += histogram[d];
            }
            for (int i = 0; i < size; i++) {
                int v = values[i];
                spare[histogram[(v >>> shift) & mask]++] = v;
            }
            int[] sorted = spare;
            spare = values;
            values = sorted;
        }
    }
}
