package org.mirsad.index;

import java.util.List;

/**
 * The consonant skeleton of a normalised Arabic word: the definite article dropped, then the long
 * vowels and hamza seats (ا و ي ء ئ ؤ) dropped after the first letter. Transliterated foreign names
 * differ mostly in those letters (بوتين/بوتن → بتن, ديميتري/دميتري → دمتر), which is why Arabic name
 * matching has long used such keys (compare Soundex-like schemes for Arabic names, e.g. Aqeel et al.,
 * "On the Development of Name Search Techniques for Arabic", JASIST 2006).
 *
 * <p>Skeletons are far coarser than words (كاتب and كتاب share one), so they live in their own field
 * that search consults with a low weight, and only for words of at least {@link #MIN_WORD} letters whose
 * skeleton keeps at least {@link #MIN_SKELETON}; shorter words stay as they are.
 */
public final class Skeleton {

    static final char ALEF = '\u0627';
    static final char WAW = '\u0648';
    static final char YEH = '\u064A';
    static final char HAMZA = '\u0621';
    static final char WAW_WITH_HAMZA_ABOVE = '\u0624';
    static final char YEH_WITH_HAMZA_ABOVE = '\u0626';
    /** Marks a skeleton term so that it never equals a short word kept as it is. */
    static final char MARK = '~';

    static final int MIN_WORD = 4;
    static final int MIN_SKELETON = 3;

    /** وال بال كال فال لل ال, normalised; longest first. */
    private static final List<String> ARTICLES = List.of(
            "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644",
            "\u0644\u0644", "\u0627\u0644");

    private Skeleton() {
    }

    /** The skeleton term for a normalised word, or the word itself when it is too short to reduce. */
    public static String of(String word) {
        return of(word.toCharArray(), word.length());
    }

    /**
     * {@link #of(String)} of the word in {@code word[0, length)} (a token's term buffer): read in place, one
     * string made, where the string form copied the term out, cut its article off and built the skeleton
     * (an index lane notes a skeleton for every token of the headline, lede and body).
     */
    static String of(char[] word, int length) {
        int from = articleLength(word, length);
        if (length - from < MIN_WORD) {
            return new String(word, 0, length);
        }
        char[] out = new char[length - from + 1];
        out[0] = MARK;
        out[1] = word[from];
        int n = 2;
        for (int i = from + 1; i < length; i++) {
            char c = word[i];
            if (!isVowelOrSeat(c)) {
                out[n++] = c;
            }
        }
        return n - 1 >= MIN_SKELETON ? new String(out, 0, n) : new String(word, 0, length);
    }

    /** The length of the first of {@link #ARTICLES} the word begins with that leaves {@link #MIN_SKELETON} letters, or 0. */
    private static int articleLength(char[] word, int length) {
        for (String a : ARTICLES) {
            int n = a.length();
            if (length - n >= MIN_SKELETON && startsWith(word, a)) {
                return n;
            }
        }
        return 0;
    }

    private static boolean startsWith(char[] word, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (word[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowelOrSeat(char c) {
        return c == ALEF || c == WAW || c == YEH || c == HAMZA || c == WAW_WITH_HAMZA_ABOVE
                || c == YEH_WITH_HAMZA_ABOVE;
    }
}
