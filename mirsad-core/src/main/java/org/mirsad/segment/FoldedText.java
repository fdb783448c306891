package org.mirsad.segment;

import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;

/**
 * A line in its folded form (marks removed, letters folded as {@link ArabicNormalizer#fold}, lower
 * case) with a map back to the original offsets, so that a phrase found in the folded form can be
 * cut out of the original text with its diacritics intact.
 */
final class FoldedText {

    /**
     * Below U+0700 (every mark and every char {@link ArabicNormalizer#fold} changes lies there), each char's
     * folded, lower-case form, or {@link #REMOVED} for a mark: one array read per char instead of the mark
     * ranges, the fold switch and the case test; every line of every page is folded, twice for some.
     */
    private static final char[] FOLDED = new char[0x0700];
    private static final char REMOVED = '\uFFFF';

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = ArabicNormalizer.isMark(c) ? REMOVED : Chars.toLowerCase(ArabicNormalizer.fold(c));
        }
    }

    private final String folded;
    /** Where each folded char stood in the text; null while no mark was removed (then it stood at its own index). */
    private final int[] origin;

    FoldedText(String text) {
        // into a char array rather than a StringBuilder; the offsets only when a mark is dropped, which most
        // lines have none of
        int n = text.length();
        char[] b = new char[n];
        int[] at = null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f;
            if (c >= FOLDED.length) {
                f = Chars.toLowerCase(c);
            } else if ((f = FOLDED[c]) == REMOVED) {
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
            b[k++] = f;
        }
        origin = at;
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
        return origin == null ? index : origin[index];
    }
}
