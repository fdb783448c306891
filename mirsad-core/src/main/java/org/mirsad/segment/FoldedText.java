package org.mirsad.segment;

import org.mirsad.text.ArabicNormalizer;

/**
 * A line in its folded form (marks removed, letters folded as {@link ArabicNormalizer#fold}, lower
 * case) with a map back to the original offsets, so that a phrase found in the folded form can be
 * cut out of the original text with its diacritics intact.
 */
final class FoldedText {

    /** the folded chars, {@link #length} of them: the phrase searches read these, not a String's chars */
    private final char[] chars;
    private final int length;
    /** the folded chars as a String, made on the first question (the segmenter's searches never ask) */
    private String folded;
    /** Where each folded char stood in the text; null while no mark was removed (then it stood at its own index). */
    private final int[] origin;

    FoldedText(String text) {
        // into a char array rather than a StringBuilder; the offsets only when a mark is dropped, which most
        // lines have none of
        int n = text.length();
        char[] b = new char[n];
        // the chars copied out at once and folded in place (a folded char never stands after its own): charAt
        // checked the string's coding and the index of every char
        text.getChars(0, n, b, 0);
        int[] at = null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = b[i];
            int f = ArabicNormalizer.foldedLower(c); // one table read: every line of every page is folded, twice for some
            if (f < 0) {
                if (at == null) {
                    at = new int[n + 1];
                    for (int j = 0; j < k; j++) {
                        at[j] = j;
                    }
                }
                continue;
            }
            if (at != null) {
                at[k] = i;
            }
            b[k++] = (char) f;
        }
        origin = at;
        chars = b;
        length = k;
    }

    /** The folded form of a phrase, as {@link #folded()} holds it. */
    static String fold(String phrase) {
        return new FoldedText(phrase).folded();
    }

    String folded() {
        if (folded == null) {
            folded = new String(chars, 0, length);
        }
        return folded;
    }

    /** How many folded chars there are. */
    int length() {
        return length;
    }

    /** The folded char at {@code index} (below {@link #length}). */
    char charAt(int index) {
        return chars[index];
    }

    /** The folded chars, {@link #length} of them valid; read only. */
    char[] chars() {
        return chars;
    }

    /** The offset in the original text of the folded char at {@code index}. */
    int origin(int index) {
        return origin == null ? index : origin[index];
    }
}
