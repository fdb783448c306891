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
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (caseless(c)) {
            return c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT)}: a text of ASCII and caseless chars (the Arabic block, general
     * punctuation, the no-break space, guillemets) lower-cased here char by char, any other text by
     * {@link String#toLowerCase} (which has rules beyond one char at a time, such as final sigma).
     */
    public static String toLowerCase(String text) {
        int upper = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (upper < 0 && c >= 'A' && c <= 'Z') {
                    upper = i;
                }
            } else if (!caseless(c)) {
                return text.toLowerCase(java.util.Locale.ROOT);
            }
        }
        if (upper < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = upper; i < out.length; i++) {
            char c = out[i];
            if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(out);
    }

    /** Chars with no case that Arabic news text is mostly made of beyond ASCII. */
    public static boolean caseless(char c) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\u2000' && c <= '\u206F' || c == '\u00A0' || c == '\u00AB'
                || c == '\u00BB';
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        if (c >= '\u0621' && c <= '\u064A') {
            return true;
        }
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        if (c >= '\u0621' && c <= '\u064A') {
            return false;
        }
        return Character.isDigit(c);
    }

    /** {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        if (c >= '\u0621' && c <= '\u064A') {
            return false;
        }
        return Character.isWhitespace(c);
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
