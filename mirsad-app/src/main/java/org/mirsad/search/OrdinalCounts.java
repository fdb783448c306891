package org.mirsad.search;

/**
 * Counts per global facet ordinal that cost what is counted, not the number of ordinals: one dense
 * array, reused from search to search, and the list of ordinals touched, which is all that is read
 * back and all that is reset. lucene-facet allocated and scanned an array of every ordinal of every
 * dimension per search; in a million-document index the story dimension alone holds hundreds of
 * thousands of values, while a sampled facet pass touches a few thousand. Not thread-safe: one per
 * search at a time.
 */
final class OrdinalCounts {

    private final int[] counts;
    private int[] touched = new int[1024];
    private int size;

    /** Counts for ordinals 0 to {@code ordinals} − 1. */
    OrdinalCounts(int ordinals) {
        counts = new int[ordinals];
    }

    int capacity() {
        return counts.length;
    }

    void increment(int ord) {
        add(ord, 1);
    }

    /** Adds {@code n} (at least 1) to the count of {@code ord}. */
    void add(int ord, int n) {
        int before = counts[ord];
        counts[ord] = before + n;
        if (before == 0) {
            if (size == touched.length) {
                touched = java.util.Arrays.copyOf(touched, Math.min(counts.length, size * 2));
            }
            touched[size++] = ord;
        }
    }

    int count(int ord) {
        return counts[ord];
    }

    /** How many distinct ordinals were counted. */
    int touched() {
        return size;
    }

    /** The {@code i}-th distinct ordinal counted, in the order first seen. */
    int touched(int i) {
        return touched[i];
    }

    /** Back to all zeros, at the cost of what was counted. */
    void clear() {
        for (int i = 0; i < size; i++) {
            counts[touched[i]] = 0;
        }
        size = 0;
    }
}
