package org.mirsad.ner;

import java.util.Arrays;

/**
 * A small map from a word's stem hash ({@link NerWord#stripHash}) to a non-negative int, in two plain
 * arrays (open addressing, linear probing): what {@link Memory} and {@link DocumentVotes} ask of every
 * token of every pass. {@link org.mirsad.collect.LongIntMap} answered the same, but its slots sit in
 * byte buffers so that a corpus-sized map may leave the heap; for a document's few hundred stems its
 * buffer reads were 13% of the entity stage's CPU. Reused across documents ({@link #clear}). Not
 * thread-safe.
 */
final class StemTable {

    private static final int ABSENT = -1;
    private int[] keys;
    /** value + 1; 0 marks an empty slot */
    private int[] values;
    private int mask;
    private int shift;
    private int size;

    StemTable(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, (int) (expected / 0.6)) - 1) << 1);
    }

    /** The value kept for {@code key}, or -1. */
    int get(int key) {
        int[] v = values;
        for (int i = slot(key); ; i = i + 1 & mask) {
            int stored = v[i];
            if (stored == 0) {
                return ABSENT;
            }
            if (keys[i] == key) {
                return stored - 1;
            }
        }
    }

    /** Keeps {@code value} (not negative) for {@code key}. */
    void put(int key, int value) {
        if (value < 0 || value == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("value must be in [0, " + (Integer.MAX_VALUE - 1) + "): " + value);
        }
        if (size + 1 > (mask + 1) * 0.6) {
            grow();
        }
        for (int i = slot(key); ; i = i + 1 & mask) {
            if (values[i] == 0) {
                keys[i] = key;
                values[i] = value + 1;
                size++;
                return;
            }
            if (keys[i] == key) {
                values[i] = value + 1;
                return;
            }
        }
    }

    /** Forgets every key; keeps the room it grew to. */
    void clear() {
        if (size > 0) {
            Arrays.fill(values, 0);
            size = 0;
        }
    }

    /** Fibonacci hashing: the top bits of the key times the golden ratio. */
    private int slot(int key) {
        return key * 0x9E3779B9 >>> shift;
    }

    private void allocate(int cap) {
        keys = new int[cap];
        values = new int[cap];
        mask = cap - 1;
        shift = 32 - Integer.numberOfTrailingZeros(cap);
        size = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                put(oldKeys[i], oldValues[i] - 1);
            }
        }
    }
}
