package org.mirsad.ner;

import java.util.Arrays;

/**
 * What a first tagging pass said about a word everywhere else in the same document, earlier and later:
 * the second pass of a two-stage tagger reads it as a feature ("two-stage prediction aggregation",
 * Ratinov and Roth 2009). A name is often tagged with confidence in one sentence (after a title, in a
 * full form) and missed in another; the votes carry the confident reading to the others.
 *
 * <p>A word is keyed by its proclitic-stripped stem (as {@link Memory} does), and only Arabic words of
 * three letters or more vote, so that particles and punctuation carry nothing. A token's vote code
 * leaves out its own occurrence: 0 when the word occurs nowhere else in the document, {@link #NEVER}
 * when it does but was never tagged as a name there, else {@code 1 + 3 × type + share}, where type is
 * the type it was tagged most often elsewhere and share is 0, 1 or 2 for under a third, under two thirds,
 * or more of its other occurrences. Not thread-safe.
 */
final class DocumentVotes {

    /** Vote codes run from 0 to {@code CODES - 1}. */
    static final int CODES = 2 + 3 * Labels.TYPES.size();
    static final int NEVER = CODES - 1;

    /** Counts per stem: occurrences, then occurrences tagged with each type. */
    private static final int ROW = 1 + Labels.TYPES.size();
    /** Distinct stems a document is sized for at first (it grows past them). */
    private static final int EXPECTED_STEMS = 256;

    /** Stem hash → where its counts start in {@link #counts} (no boxing: asked of every token). */
    private final StemTable rows = new StemTable(EXPECTED_STEMS);
    private int[] counts = new int[EXPECTED_STEMS * ROW];
    private int used;

    /** Counts one tagged sentence of the document. */
    void add(FeatureExtractor.Sentence s, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            NerWord w = s.words[i];
            if (votes(w)) {
                int at = rows.get(w.stripHash);
                if (at < 0) {
                    at = used;
                    used += ROW;
                    if (used > counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    rows.put(w.stripHash, at);
                }
                counts[at]++;
                if (labels[i] != Labels.O) {
                    counts[at + 1 + Labels.type(labels[i])]++;
                }
            }
        }
    }

    /** The vote code of every token of a sentence already {@link #add added} with these labels. */
    int[] codes(FeatureExtractor.Sentence s, int[] labels) {
        return codes(s, labels, new int[labels.length]);
    }

    /** {@link #codes} into {@code out} (at least the sentence's length), for a caller that reuses it. */
    int[] codes(FeatureExtractor.Sentence s, int[] labels, int[] out) {
        for (int i = 0; i < labels.length; i++) {
            out[i] = code(s.words[i], labels[i]);
        }
        return out;
    }

    private int code(NerWord w, int ownLabel) {
        if (!votes(w)) {
            return 0;
        }
        int at = rows.get(w.stripHash);
        int others = at < 0 ? 0 : counts[at] - 1;
        if (others <= 0) {
            return 0;
        }
        int ownType = Labels.type(ownLabel);
        int bestType = -1;
        int best = 0;
        for (int t = 0; t < Labels.TYPES.size(); t++) {
            int n = counts[at + 1 + t] - (t == ownType ? 1 : 0);
            if (n > best) {
                best = n;
                bestType = t;
            }
        }
        if (bestType < 0) {
            return NEVER;
        }
        int share = 3 * best < others ? 0 : 3 * best < 2 * others ? 1 : 2;
        return 1 + 3 * bestType + share;
    }

    void clear() {
        rows.clear();
        Arrays.fill(counts, 0, used, 0);
        used = 0;
    }

    private static boolean votes(NerWord w) {
        return w.shape == 0 && w.stripHashLength >= 3;
    }
}
