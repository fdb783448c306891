package org.mirsad.dedup;

import java.io.Closeable;
import java.util.HashMap;
import java.util.Map;
import org.mirsad.collect.Hashing;
import org.mirsad.collect.LongIntMap;
import org.mirsad.collect.Slab;
import org.mirsad.collect.Spill;

/**
 * Article ids by ordinal and ordinals by id, compactly: Mirsad's own ids (16 hex digits, see
 * {@code ArticleId}) are kept as one long each, in a {@link Slab} with the hash table (off the heap once
 * large, see {@link Spill}); any other id (tests, other producers) as a string on the heap.
 */
final class IdTable implements Closeable {

    private final LongIntMap byHash;
    private final Slab packed;
    private final Map<Integer, String> others = new HashMap<>();
    private int size;

    IdTable(int expected, Spill spill) {
        byHash = new LongIntMap(expected, spill);
        packed = new Slab(spill, "ids", Math.max(16, expected) * 8L);
    }

    int size() {
        return size;
    }

    /** The ordinal of {@code id}, or -1. */
    int find(String id) {
        for (long h = hash(id); ; h++) {
            int o = byHash.get(h);
            if (o < 0 || get(o).equals(id)) {
                return o;
            }
        }
    }

    /** Adds a new id (the caller checked {@link #find}) and returns its ordinal. */
    int add(String id) {
        int o = size++;
        packed.reserve((o + 1) * 8L);
        if (isHex16(id)) {
            packed.putLong(o * 8L, Long.parseUnsignedLong(id, 16));
        } else {
            others.put(o, id);
        }
        long h = hash(id);
        while (byHash.get(h) >= 0) {
            h++;
        }
        byHash.put(h, o);
        return o;
    }

    String get(int ordinal) {
        String other = others.get(ordinal);
        if (other != null) {
            return other;
        }
        String hex = Long.toHexString(packed.getLong(ordinal * 8L));
        return "0".repeat(16 - hex.length()) + hex;
    }

    long bytes() {
        return byHash.bytes() + size * 8L + others.size() * 80L;
    }

    long heapBytes() {
        return byHash.heapBytes() + packed.heapBytes() + others.size() * 80L;
    }

    @Override
    public void close() {
        byHash.close();
        packed.close();
    }

    private static long hash(String id) {
        return Hashing.chars(id, 0, id.length());
    }

    private static boolean isHex16(String id) {
        if (id.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
