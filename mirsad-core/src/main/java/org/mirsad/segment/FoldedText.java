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
        StringBuilder b = new StringBuilder(text.length());
        origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!ArabicNormalizer.isMark(c)) {
                origin[b.length()] = i;
                b.append(Chars.toLowerCase(ArabicNormalizer.fold(c)));
            }
        }
        folded = b.toString();
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
