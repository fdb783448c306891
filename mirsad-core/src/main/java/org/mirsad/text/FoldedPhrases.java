package org.mirsad.text;

import java.util.Arrays;
import java.util.List;

/**
 * Where a fixed list of phrases (in the form the line is folded to, two chars or more) stand in a folded
 * line, found in one pass over the line instead of one {@code indexOf} per phrase: the segmenter asks every
 * line of every page for the boilerplate phrases glued to its tail ({@code BoilerplateTable.stripGluedTail},
 * 27 phrases) and the text lines for the paragraph openers glued to a subheading ({@code
 * SubheadDetector.splitGlued}, 35), and those searches cost the segmenter a quarter of its CPU; the outlet
 * signatures ask every line of a page for the phrases a line of some outlet contains ({@code
 * OutletDetector.detect}, 12). The pass reads each char pair once in a table
 * of the pairs the phrases open with; the few places a pair opens one are compared in full.
 */
public final class FoldedPhrases {

    private static final int PAIRS = 4096;

    private final List<String> phrases;
    /** per hash of a char pair ({@link #pair}), the phrases that open with a pair of that hash, or null */
    private final int[][] byPair = new int[PAIRS][];
    /**
     * Per pair hash, a bit per {@link #third} hash of the third char of its phrases (every bit for a phrase
     * of two chars): most phrases open with ال, so a pair alone sent every ال of a line to be compared
     * with a dozen phrases in full; the third char turns most of those places away with one bit read.
     */
    private final long[] thirds = new long[PAIRS];
    /**
     * A bit per hash of the four chars some phrase opens with ({@link #quad}), read first at every place with four
     * chars left: 8 KB that stay in the L1 cache. The pairs alone let through every ال, في and من of a line (a
     * phrase opens with each), a branch taken at random that cost the pass more than its reads; four chars turn
     * away nearly every place that opens no phrase. Off when a phrase is shorter than four chars.
     */
    private final long[] quads = new long[QUADS / Long.SIZE];
    private static final int QUADS = 1 << 16;
    private final boolean shortPhrase;

    public FoldedPhrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        for (int p = 0; p < this.phrases.size(); p++) {
            String s = this.phrases.get(p);
            if (s.length() < 2) {
                throw new IllegalArgumentException("a phrase needs two chars or more: '" + s + "'");
            }
            int h = pair(s.charAt(0), s.charAt(1));
            int[] now = byPair[h];
            byPair[h] = now == null ? new int[] {p} : append(now, p);
            thirds[h] |= s.length() == 2 ? -1L : 1L << third(s.charAt(2));
            if (s.length() >= 4) {
                int q = quad(s.charAt(0), s.charAt(1), s.charAt(2), s.charAt(3));
                quads[q >>> 6] |= 1L << q;
            }
        }
        this.shortPhrase = this.phrases.stream().anyMatch(p -> p.length() < 4);
    }

    private static int[] append(int[] a, int v) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }

    private static int pair(char a, char b) {
        return (a * 31 + b) & (PAIRS - 1);
    }

    private static int quad(char a, char b, char c, char d) {
        return (((a * 31 + b) * 31 + c) * 31 + d) & (QUADS - 1);
    }

    /** A bit of {@link #thirds}: the Arabic letters (U+0621 to U+064A) each have their own. */
    private static int third(char c) {
        return c & 63;
    }

    /** The phrase {@code index} of the list this was built from. */
    public String phrase(int index) {
        return phrases.get(index);
    }

    /**
     * Every place from {@code from} on where a phrase stands in {@code folded}, overlapping ones too, ordered
     * by the phrase's index in the list and then by place, as the loops {@code for each phrase, for each
     * indexOf(phrase, from…)} met them: each as {@code index << 32 | place}, read with {@link #index} and
     * {@link #place}. Empty, with nothing allocated, for a line that holds none (most lines).
     */
    public long[] find(String folded, int from) {
        return find(folded.toCharArray(), folded.length(), from);
    }

    /**
     * {@link #find(String, int)} in the first {@code length} chars of {@code folded}: read from an array, as
     * the folded line is made, every char of every line once without a String's checks of its coding and index.
     */
    public long[] find(char[] folded, int length, int from) {
        long[] hits = null;
        int n = 0;
        for (int i = Math.max(0, from); i + 1 < length; i++) {
            if (i + 3 < length && !shortPhrase) {
                int q = quad(folded[i], folded[i + 1], folded[i + 2], folded[i + 3]);
                if ((quads[q >>> 6] & 1L << q) == 0) {
                    continue;
                }
            }
            int h = pair(folded[i], folded[i + 1]);
            int[] candidates = byPair[h];
            if (candidates == null || i + 2 < length && (thirds[h] & 1L << third(folded[i + 2])) == 0) {
                continue; // (at the line's last pair only a phrase of two chars fits: startsWith says which)
            }
            for (int p : candidates) {
                if (startsWith(folded, length, phrases.get(p), i)) {
                    if (hits == null) {
                        hits = new long[4];
                    } else if (n == hits.length) {
                        hits = Arrays.copyOf(hits, n * 2);
                    }
                    hits[n++] = (long) p << 32 | i;
                }
            }
        }
        if (hits == null) {
            return NONE;
        }
        long[] out = Arrays.copyOf(hits, n);
        Arrays.sort(out); // phrase index, then place: both are non-negative ints
        return out;
    }

    /**
     * {@code String.startsWith(phrase, at)} of the first {@code length} chars of {@code text}: for callers that
     * hold a folded line as chars (the outlet signatures) as well as for {@link #find}.
     */
    public static boolean startsWith(char[] text, int length, String phrase, int at) {
        int n = phrase.length();
        if (at + n > length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (text[at + k] != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static final long[] NONE = new long[0];

    /** The phrase index of a hit of {@link #find}. */
    public static int index(long hit) {
        return (int) (hit >>> 32);
    }

    /** The place of a hit of {@link #find}. */
    public static int place(long hit) {
        return (int) hit;
    }
}
