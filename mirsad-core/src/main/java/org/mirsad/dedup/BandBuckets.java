package org.mirsad.dedup;

import java.io.Closeable;
import java.util.function.IntConsumer;
import org.mirsad.collect.LongIntMap;
import org.mirsad.collect.Slab;
import org.mirsad.collect.Spill;

/**
 * LSH band buckets: (band, key) to the articles that share it, as linked lists threaded through one
 * int slab (entry = ordinal * bands + band), so a bucket costs no object of its own. Both the heads and
 * the links are in {@link Slab}s: past a megabyte each, in mapped files of the {@link Spill}.
 */
final class BandBuckets implements Closeable {

    private static final int NONE = -1;
    private final int bands;
    private final LongIntMap heads;
    private final Slab next;
    private long entries;

    BandBuckets(int bands, int expectedArticles, Spill spill) {
        this.bands = bands;
        this.heads = new LongIntMap(expectedArticles * bands, spill);
        this.next = new Slab(spill, "band-links", (long) expectedArticles * bands * 4);
    }

    void add(int ordinal, int[] keys) {
        long last = (long) (ordinal + 1) * bands;
        if (last > Integer.MAX_VALUE) {
            throw new IllegalStateException("too many articles for one in-memory index: " + ordinal);
        }
        next.reserve(last * 4);
        entries = Math.max(entries, last);
        for (int b = 0; b < bands; b++) {
            int entry = ordinal * bands + b;
            int previous = heads.put(key(b, keys[b]), entry);
            next.putInt(entry * 4L, previous);
        }
    }

    /** Every ordinal sharing at least one band with {@code keys}; an ordinal may come more than once. */
    void forEachCandidate(int[] keys, IntConsumer candidate) {
        for (int b = 0; b < bands; b++) {
            for (int e = heads.get(key(b, keys[b])); e != NONE; e = next.getInt(e * 4L)) {
                candidate.accept(e / bands);
            }
        }
    }

    long bytes() {
        return heads.bytes() + entries * 4;
    }

    long heapBytes() {
        return heads.heapBytes() + next.heapBytes();
    }

    @Override
    public void close() {
        heads.close();
        next.close();
    }

    private static long key(int band, int key) {
        return ((long) band << 32) | (key & 0xffffffffL);
    }
}
