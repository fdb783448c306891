package org.mirsad.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH band buckets: (band, key) to the articles that share it, as linked lists threaded through one
 * int array (entry = ordinal * bands + band), so a bucket costs no object of its own.
 */
final class BandBuckets {

    private static final int NONE = -1;
    private final int bands;
    private final LongIntMap heads;
    private int[] next;

    BandBuckets(int bands, int expectedArticles) {
        this.bands = bands;
        this.heads = new LongIntMap(expectedArticles * bands);
        this.next = new int[Math.max(16, expectedArticles * bands)];
    }

    void add(int ordinal, int[] keys) {
        long last = (long) (ordinal + 1) * bands;
        if (last > Integer.MAX_VALUE) {
            throw new IllegalStateException("too many articles for one in-memory index: " + ordinal);
        }
        if (last > next.length) {
            next = Arrays.copyOf(next, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(last, next.length * 3L / 2)));
        }
        for (int b = 0; b < bands; b++) {
            int entry = ordinal * bands + b;
            int previous = heads.put(key(b, keys[b]), entry);
            next[entry] = previous;
        }
    }

    /** Every ordinal sharing at least one band with {@code keys}; an ordinal may come more than once. */
    void forEachCandidate(int[] keys, IntConsumer candidate) {
        for (int b = 0; b < bands; b++) {
            for (int e = heads.get(key(b, keys[b])); e != NONE; e = next[e]) {
                candidate.accept(e / bands);
            }
        }
    }

    long bytes() {
        return heads.bytes() + next.length * 4L;
    }

    private static long key(int band, int key) {
        return ((long) band << 32) | (key & 0xffffffffL);
    }
}
