package org.mirsad.segment;

import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;

/**
 * A line in its folded form (marks removed, letters folded as {@link ArabicNormalizer#fold}, lower
 * case) with a map back to the original offsets, so that a phrase found in the folded form can be
 * cut out of the original text with its diacritics intact.
 */
final class FoldedText {

    private final String folded;
    private final int[] origin;

    FoldedText(String text) {
        // into a char array rather than a StringBuilder: every line of every page is folded, twice for some
        int n = text.length();
        char[] b = new char[n];
        origin = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!ArabicNormalizer.isMark(c)) {
                origin[k] = i;
                b[k++] = Chars.toLowerCase(ArabicNormalizer.fold(c));
            }
        }
        folded = new String(b, 0, k);
    }

    /** The folded form of a phrase, as {@link #folded()} holds it. */
    static String fold(String phrase) {
        return new FoldedText(phrase).folded;
    }

    String folded() {
        return folded;
    }

    /** The offset in the original text of the folded char at {@code index}. */
    int origin(int index) {
        return origin[index];
    }
}
