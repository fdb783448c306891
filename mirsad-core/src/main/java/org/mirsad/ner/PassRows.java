package org.mirsad.ner;

/**
 * The state weights of a frozen two-pass model laid out for tagging: the rows (one weight per label) of
 * the buckets where either pass has a non-zero weight, the first pass's row and the second's side by
 * side, and per bucket where its rows start. The dense tables hold 2^18 buckets × 9 labels of float per
 * pass (19 MB for the two), of which the shipped model fills about a third of the buckets; a tagged
 * token reads some fifteen scattered buckets per pass, so the dense tables make most reads cache misses.
 * Here every bucket whose weights are all zero points at one shared row of zeros, and the rest take
 * about 6.5 MB plus 1 MB of row starts, one read for both passes.
 *
 * <p>The weights are the same floats as the dense tables', so summing a row from here gives the same
 * scores bit for bit (a zero bucket adds zeros, as it does there).
 */
final class PassRows {

    /** Floats per bucket: the first pass's label weights, then the second's. */
    static final int WIDTH = 2 * Labels.COUNT;

    /** Per bucket: where its row starts in {@link #rows} (0: the row of zeros). */
    final int[] start;
    /** {@link #WIDTH} floats per row; row 0 is all zeros. */
    final float[] rows;

    PassRows(float[] first, float[] second) {
        if (first.length != second.length || first.length % Labels.COUNT != 0) {
            throw new IllegalArgumentException("the two passes' tables differ in size");
        }
        int labels = Labels.COUNT;
        int buckets = first.length / labels;
        start = new int[buckets];
        int used = 1;
        for (int b = 0; b < buckets; b++) {
            if (!zero(first, b) || !zero(second, b)) {
                start[b] = used++ * WIDTH;
            }
        }
        rows = new float[used * WIDTH];
        for (int b = 0; b < buckets; b++) {
            if (start[b] != 0) {
                System.arraycopy(first, b * labels, rows, start[b], labels);
                System.arraycopy(second, b * labels, rows, start[b] + labels, labels);
            }
        }
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
