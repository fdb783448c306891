package org.mirsad.collect;

import java.io.Closeable;

/**
 * An open-addressing map from long keys to non-negative int values: 12 bytes a slot, no boxing, kept
 * in two {@link Slab}s so that a large map leaves the heap for a mapped file ({@link Spill}). The dedup
 * index holds one entry per article and band, so a HashMap's 50-odd bytes an entry would dominate its
 * memory. The story clusterer keeps its settled articles' stories in one too.
 *
 * <p>A value is stored plus one, so a slot of zero bytes is empty: a new slab (heap or sparse file) needs
 * no filling. Not thread-safe.
 */
public final class LongIntMap implements Closeable {

    private static final int ABSENT = -1;
    private final Spill spill;
    private Slab keys;
    private Slab values;
    private int size;
    private int mask;

    /** On the heap whatever its size. */
    public LongIntMap(int expected) {
        this(expected, Spill.HEAP);
    }

    public LongIntMap(int expected, Spill spill) {
        this.spill = spill;
        int cap = Integer.highestOneBit(Math.max(16, (int) (expected / 0.6)) - 1) << 1;
        allocate(cap);
    }

    public int size() {
        return size;
    }

    /** The value for {@code key}, or -1. */
    public int get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int v = values.getInt(i * 4L);
            if (v == 0) {
                return ABSENT;
            }
            if (keys.getLong(i * 8L) == key) {
                return v - 1;
            }
        }
    }

    /** Sets the value and returns the previous one, or -1. */
    public int put(long key, int value) {
        if (value < 0 || value == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("value must be in [0, " + (Integer.MAX_VALUE - 1) + "): " + value);
        }
        if (size + 1 > (mask + 1) * 0.6) {
            grow();
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int v = values.getInt(i * 4L);
            if (v == 0) {
                keys.putLong(i * 8L, key);
                values.putInt(i * 4L, value + 1);
                size++;
                return ABSENT;
            }
            if (keys.getLong(i * 8L) == key) {
                values.putInt(i * 4L, value + 1);
                return v - 1;
            }
        }
    }

    /** Bytes of its slots, wherever they are. */
    public long bytes() {
        return (mask + 1) * 12L;
    }

    /** Bytes of its slots on the Java heap. */
    public long heapBytes() {
        return keys.heapBytes() + values.heapBytes();
    }

    @Override
    public void close() {
        keys.close();
        values.close();
    }

    private void allocate(int cap) {
        keys = new Slab(spill, "keys", cap * 8L);
        values = new Slab(spill, "values", cap * 4L);
        mask = cap - 1;
        size = 0;
    }

    private int slot(long key) {
        return (int) Hashing.mix(key) & mask;
    }

    private void grow() {
        Slab oldKeys = keys;
        Slab oldValues = values;
        int oldCap = mask + 1;
        allocate(oldCap * 2);
        for (int i = 0; i < oldCap; i++) {
            int v = oldValues.getInt(i * 4L);
            if (v != 0) {
                put(oldKeys.getLong(i * 8L), v - 1);
            }
        }
        oldKeys.close();
        oldValues.close();
    }
}
