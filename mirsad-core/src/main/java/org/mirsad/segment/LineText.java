package org.mirsad.segment;

import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.SentenceSplitter;

/** Small facts about a line of text that every detector needs. */
final class LineText {

    static final char BULLET = '\u2022';
    static final char MIDDLE_DOT = '\u00B7';

    private LineText() {
    }

    /**
     * The comparison key: matching form, lower case, whitespace runs as one space, no leading bullet.
     * Two renderings of one caption ({@code «H  -6»} and {@code «H -6»}) share a key.
     */
    static String key(String line) {
        String s = withoutBullet(line);
        String key = key(s, false);
        return key != null ? key : key(ArabicNormalizer.normalize(s), true);
    }

    /**
     * The key of a line without its bullets: of its matching form when {@code normalised}, else of the line
     * itself, each char taken to its matching form on the way ({@link ArabicNormalizer#matching}), or null
     * when a char needs the whole line normalised first (NFKC) or a surrogate pair stands in it (a mark
     * removed between its halves would join them). Every line of every page is keyed: most lines are folded
     * in this one pass, where the normalised line was a copy of its own (most Arabic lines have a char to fold).
     */
    private static String key(String s, boolean normalised) {
        boolean fold = !normalised;
        // one pass into a char array instead of lower-casing and two regular-expression replacements: every
        // line of every page goes through here; Arabic letters and ASCII without the Unicode tables
        int n = s.length();
        char[] out = new char[n];
        // the line's chars copied out at once and keyed in place, read before written over: a pending space
        // stands for a char already read, so no more chars are written than read (charAt checked the string's
        // coding and the index of every char)
        s.getChars(0, n, out, 0);
        int k = 0;
        boolean space = false;
        for (int i = 0; i < n; ) {
            char c = out[i];
            if (fold) {
                int m = ArabicNormalizer.matching(c);
                if (m == ArabicNormalizer.WHOLE_TEXT || Character.isSurrogate(c)) {
                    return null;
                }
                if (m == ArabicNormalizer.DROPPED) {
                    i++;
                    continue;
                }
                c = (char) m;
            }
            if (c >= '\u0621' && c <= '\u064A' || c > ' ' && c < 0x7F) {
                // an Arabic letter (most of any line: nothing to fold or skip) or visible ASCII
                if (space) {
                    out[k++] = ' ';
                    space = false;
                }
                out[k++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                i++;
                continue;
            }
            if (c == ' ') {
                // the space between words, a sixth of a line's chars: what the Unicode tables below say of it
                space = k > 0;
                i++;
                continue;
            }
            int cp = fold ? c : Character.codePointAt(out, i, n); // (folding, no surrogate stands in the line)
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue; // bidi marks, zero-width joiners, BOM: invisible, they must not tell lines apart
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = k > 0; // every kind of space, no-break ones included (crawls are full of U+00A0)
                continue;
            }
            if (space) {
                out[k++] = ' ';
                space = false;
            }
            int lower = Character.toLowerCase(cp);
            if (k + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length + 16);
            }
            k += Character.toChars(lower, out, k);
        }
        return new String(out, 0, k);
    }

    /** True when the line starts with a bullet ({@code •}, {@code ·}). */
    static boolean hasBullet(String line) {
        String s = line.strip();
        return !s.isEmpty() && (s.charAt(0) == BULLET || s.charAt(0) == MIDDLE_DOT);
    }

    static String withoutBullet(String line) {
        String s = line.strip();
        while (!s.isEmpty() && (s.charAt(0) == BULLET || s.charAt(0) == MIDDLE_DOT)) {
            s = s.substring(1).strip();
        }
        return s;
    }

    /**
     * True when the last mark of the line, past closing quotes and brackets, ends or continues a
     * sentence ({@code . ! ? ؟ ؛ ; : ، , …}): such a line is prose, not a headline or subheading.
     */
    static boolean endsWithSentenceMark(String text) {
        String s = text.strip();
        int i = s.length() - 1;
        while (i >= 0 && isClosing(s.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == SentenceSplitter.ARABIC_QUESTION_MARK
                || c == SentenceSplitter.ARABIC_SEMICOLON || c == ';' || c == ':' || c == SentenceSplitter.ARABIC_COMMA
                || c == ',' || c == SentenceSplitter.HORIZONTAL_ELLIPSIS;
    }

    private static boolean isClosing(char c) {
        return c == SentenceSplitter.RIGHT_GUILLEMET || c == '"' || c == SentenceSplitter.RIGHT_DOUBLE_QUOTATION_MARK
                || c == ')' || c == ']' || c == '\'';
    }
}
