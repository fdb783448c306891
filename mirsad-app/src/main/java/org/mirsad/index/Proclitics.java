package org.mirsad.index;

import java.util.List;

/**
 * Single-letter proclitics that Lucene's light stemmer leaves alone: the prepositions ب ل ك and the
 * conjunction ف, alone or after و/ف (بكاراباخ, لبوتين, وبكاراباخ). Lucene does not strip them because
 * many words begin with those letters (بيسكوف); Mirsad therefore never replaces a word, it only adds
 * the stripped form beside it at index time, so a query for كاراباخ finds بكاراباخ while بيسكوف still
 * matches only itself.
 */
final class Proclitics {

    /** Longest first, so وب is tried before ب. Letters are normalised forms. */
    static final List<String> PREFIXES = List.of(
            "\u0648\u0628", "\u0648\u0644", "\u0648\u0643", "\u0641\u0628", "\u0641\u0644", "\u0641\u0643",
            "\u0628", "\u0644", "\u0643", "\u0641");

    /** The shortest stem worth adding: shorter remainders are mostly not words (كيم → يم). */
    static final int MIN_STEM = 4;

    private Proclitics() {
    }

    static final char WAW = '\u0648';

    /**
     * The word without its proclitic, or null when it has none, too little would remain, or the
     * remainder begins with و: the light stemmer would strip that و too, reading بوتين as ب+و+تين.
     * Read as {@link #PREFIXES} in order (a two-letter proclitic before one letter), from the first letters:
     * a loop over the list was a twentieth of the index lanes' time.
     */
    static String strip(String word) {
        int n = word.length();
        if (n == 0) {
            return null;
        }
        char first = word.charAt(0);
        if ((first == WAW || first == FEH) && n > 1 && isPreposition(word.charAt(1))
                && n - 2 >= MIN_STEM && word.charAt(2) != WAW) {
            return word.substring(2);
        }
        if ((first == FEH || isPreposition(first)) && n - 1 >= MIN_STEM && word.charAt(1) != WAW) {
            return word.substring(1);
        }
        return null;
    }

    /** Whether a word beginning with this letter may have a proclitic ({@link #strip} returns null otherwise). */
    static boolean mayStartOne(char first) {
        return first == WAW || first == FEH || isPreposition(first);
    }

    private static final char FEH = '\u0641';

    /** ب ل ك */
    private static boolean isPreposition(char c) {
        return c == '\u0628' || c == '\u0644' || c == '\u0643';
    }
}
