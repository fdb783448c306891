package org.mirsad.text;

/**
 * {@link Character}'s answers for one char, with the basic Arabic letters (U+0621–U+064A) and ASCII,
 * most of any text here, answered without the Unicode tables: per-char loops over whole article bodies
 * (dedup's words, the segmenter's folded lines) spent more in the tables' look-ups than in their own
 * work. Every char gives the general answer (a test compares all of them).
 */
public final class Chars {

    private Chars() {
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        if (c >= '\u0621' && c <= '\u064A') {
            return c; // Arabic letters have no case
        }
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        if (c >= '\u0621' && c <= '\u064A') {
            return true; // letters, tatweel (a modifier letter) among them
        }
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
