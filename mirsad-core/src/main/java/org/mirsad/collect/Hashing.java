package org.mirsad.collect;


/**
 * 64-bit hashing for words and shingles: FNV-1a over the UTF-16 units, finished with MurmurHash3's
 * fmix64 so that every output bit depends on every input bit (Appleby, MurmurHash3, public domain).
 * Fixed seeds: the same text hashes the same on every machine and in every run (Spark included).
 */
public final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    public static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Hashing() {
    }

    public static long chars(CharSequence s, int from, int to) {
        long h = CHARS_START;
        for (int i = from; i < to; i++) {
            h = addChar(h, s.charAt(i));
        }
        return mix(h);
    }

    /**
     * {@link #chars} a char at a time, for a loop that hashes words as it reads them: start from
     * {@code CHARS_START}, {@link #addChar} each char, then {@link #mix} gives what {@code chars} gives.
     */
    public static final long CHARS_START = FNV_OFFSET;

    /** One FNV-1a step of {@link #chars}. */
    public static long addChar(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** An ordered combination: (a, b) and (b, a) hash differently. */
    public static long combine(long h, long next) {
        return mix(h * GOLDEN + next);
    }
}
