package org.mirsad.ner;

/**
 * The state weights of a frozen two-pass model laid out for tagging: the rows (one weight per label) of
 * the buckets where either pass has a non-zero weight, the first pass's row and the second's side by
 * side, and per bucket where its rows start. The dense tables hold 2^18 buckets × 9 labels of float per
 * pass (19 MB for the two), of which the shipped model fills about a third of the buckets; a tagged
 * token reads some fifteen scattered buckets per pass, so the dense tables make most reads cache misses.
 * Here every bucket whose weights are all zero points at one shared row of zeros, and the rest take
 * about 6.5 MB, one read for both passes. Where a bucket's row starts ({@link #start}) is worked out from
 * 64 KB of bits and counts, not read from an int per bucket (1 MB: a cache miss apiece, and a megabyte of
 * the caches the article's word records were in).
 *
 * <p>The weights are the same floats as the dense tables', so summing a row from here gives the same
 * scores bit for bit (a zero bucket adds zeros, as it does there).
 */
final class PassRows {

    /** Floats per bucket: the first pass's label weights, then the second's. */
    static final int WIDTH = 2 * Labels.COUNT;

    /**
     * Per 32 buckets, {@code 32w} to {@code 32w + 31}: bit b of the low half set when bucket {@code 32w + b}
     * has a row of its own, the high half the row of the first such bucket from {@code 32w} on (rows are
     * numbered in bucket order, from 1: row 0 is the zeros'), so a bucket's row is that plus the bits below
     * its own ({@link #start}).
     */
    private final long[] index;
    /** {@link #WIDTH} floats per row; row 0 is all zeros. */
    final float[] rows;

    PassRows(float[] first, float[] second) {
        if (first.length != second.length || first.length % Labels.COUNT != 0) {
            throw new IllegalArgumentException("the two passes' tables differ in size");
        }
        int labels = Labels.COUNT;
        int buckets = first.length / labels;
        index = new long[(buckets + 31) / 32];
        int used = 1;
        for (int b = 0; b < buckets; b++) {
            if (b % 32 == 0) {
                index[b / 32] = (long) used << 32;
            }
            if (!zero(first, b) || !zero(second, b)) {
                index[b / 32] |= 1L << (b % 32);
                used++;
            }
        }
        rows = new float[used * WIDTH];
        for (int b = 0; b < buckets; b++) {
            int at = start(b);
            if (at != 0) {
                System.arraycopy(first, b * labels, rows, at, labels);
                System.arraycopy(second, b * labels, rows, at + labels, labels);
            }
        }
    }

    /** Where bucket {@code bucket}'s row starts in {@link #rows} (0: the row of zeros). */
    int start(int bucket) {
        long e = index[bucket >>> 5];
        int bits = (int) e;
        // the shifts take the bucket's low five bits alone: its place among its 32
        int row = (int) (e >>> 32) + Integer.bitCount(bits & ~(-1 << bucket));
        return (bits >>> bucket & 1) * row * WIDTH;
    }

    private static boolean zero(float[] weights, int bucket) {
        for (int y = 0; y < Labels.COUNT; y++) {
            // a negative zero counts as a weight: copied, it adds exactly what the dense table adds
            if (Float.floatToRawIntBits(weights[bucket * Labels.COUNT + y]) != 0) {
                return false;
            }
        }
        return true;
    }
}
