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
    private static final List<String> PREFIXES = List.of(
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
     */
    static String strip(String word) {
        for (String p : PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= MIN_STEM && word.charAt(p.length()) != WAW) {
                return word.substring(p.length());
            }
        }
        return null;
    }
}
