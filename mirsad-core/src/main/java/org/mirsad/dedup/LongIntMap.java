package org.mirsad.dedup;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to non-negative int values: 12 bytes a slot, no boxing.
 * The dedup index holds one entry per article and band, so a HashMap's 50-odd bytes an entry would
 * dominate its memory. The story clusterer keeps its settled articles' stories in one too.
 */
public final class LongIntMap {

    private static final int ABSENT = -1;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, (int) (expected / 0.6)) - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(values, ABSENT);
        mask = cap - 1;
    }

    public int size() {
        return size;
    }

    /** The value for {@code key}, or -1. */
    public int get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            if (values[i] == ABSENT) {
                return ABSENT;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    /** Sets the value and returns the previous one, or -1. */
    public int put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative: " + value);
        }
        if (size + 1 > values.length * 0.6) {
            grow();
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            if (values[i] == ABSENT) {
                keys[i] = key;
                values[i] = value;
                size++;
                return ABSENT;
            }
            if (keys[i] == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
        }
    }

    long bytes() {
        return keys.length * 12L;
    }

    private int slot(long key) {
        return (int) Hashing.mix(key) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, ABSENT);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
