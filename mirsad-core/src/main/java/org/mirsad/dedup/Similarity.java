package org.mirsad.dedup;

/**
 * Decides whether two fingerprints are the same article: near-duplicates by estimated Jaccard, and
 * truncated copies by estimated containment of the shorter in the longer.
 *
 * <p>Containment is derived from the Jaccard estimate and the exact set sizes: with J = |A∩B|/|A∪B|,
 * |A∩B| = J(|A|+|B|)/(1+J), so C(S in L) = J(|S|+|L|)/((1+J)|S|). Symmetric in its arguments, so the
 * groups do not depend on which article came first.
 */
final class Similarity {

    private final DedupConfig config;

    Similarity(DedupConfig config) {
        this.config = config;
    }

    /** Share of equal MinHash values: the estimate of Jaccard similarity. */
    static double jaccard(short[] a, int fromA, short[] b, int fromB, int length) {
        int same = 0;
        for (int i = 0; i < length; i++) {
            if (a[fromA + i] == b[fromB + i]) {
                same++;
            }
        }
        return (double) same / length;
    }

    static double containment(double jaccard, int shorter, int longer) {
        if (shorter == 0) {
            return 0;
        }
        return Math.min(1, jaccard * (shorter + longer) / ((1 + jaccard) * shorter));
    }

    /** Whether the signatures at {@code a[fromA..]} and {@code b[fromB..]} (sets of the given sizes) match. */
    boolean duplicates(short[] a, int fromA, int sizeA, short[] b, int fromB, int sizeB) {
        double j = jaccard(a, fromA, b, fromB, config.hashes());
        if (j >= config.threshold()) {
            return true;
        }
        int shorter = Math.min(sizeA, sizeB);
        int longer = Math.max(sizeA, sizeB);
        return config.containment() <= 1 && shorter >= config.minLengthRatio() * longer
                && containment(j, shorter, longer) >= config.containment();
    }
}
