package org.mirsad.text;

import java.text.Normalizer;

/**
 * The matching form of Arabic text: what two spellings of the same word have in common. Display
 * always keeps the original; only comparison, hashing and indexing use this form.
 *
 * <p>It folds, in this order: presentation forms (NFKC), diacritics, tatweel and Quranic marks
 * (removed), alef forms أ إ آ ٱ to bare alef ا, alef maqsura ى to ya ي, ta marbuta ة to ha ه,
 * Persian and Urdu letters (ک ی ە ۀ) to their Arabic twins, and Arabic-Indic and Extended
 * Arabic-Indic digits to ASCII digits. It is a superset of Lucene's {@code ArabicNormalizer}, which
 * leaves Persian letters and digits alone; the crawls Mirsad reads mix them into Arabic words
 * (کاراباخ, انتهاکات in the seed pages).
 */
public final class ArabicNormalizer {

    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char TATWEEL = '\u0640';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char KAF = '\u0643';
    public static final char KEHEH = '\u06A9';
    public static final char FARSI_YEH = '\u06CC';
    public static final char YEH_BARREE = '\u06D2';
    public static final char AE = '\u06D5';
    public static final char HEH_WITH_YEH_ABOVE = '\u06C0';
    public static final char HEH_GOAL = '\u06C1';
    public static final char ARABIC_INDIC_ZERO = '\u0660';
    public static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';

    private ArabicNormalizer() {
    }

    /**
     * Below U+0700, each char's matching form ({@link #fold}), or {@link #REMOVED} for a mark: every mark
     * and every char {@code fold} changes lies below U+0700, and the chars that need NFKC above it, so a
     * char at or above U+0700 is its own matching form unless {@link #needsNfkc(char)}. One array read per
     * char instead of the mark ranges and the fold switch: normalising is a few percent of extract.
     */
    private static final char[] MATCHING = new char[0x0700];
    private static final char REMOVED = '\uFFFF';

    /** {@link #MATCHING} lower-cased ({@link Chars#toLowerCase(char)}): what {@link #foldedLower} reads. */
    private static final char[] MATCHING_LOWER = new char[0x0700];

    /**
     * {@link #MATCHING_LOWER}, with {@link #CASED_CHAR} for a char past ASCII that is not {@link Chars#caseless}:
     * what {@link #caselessFoldedLower} reads. The two marks read as negative shorts (-1 and -2).
     */
    private static final char[] CASELESS_LOWER = new char[0x0700];
    private static final char CASED_CHAR = '\uFFFE';

    static {
        for (char c = 0; c < MATCHING.length; c++) {
            MATCHING[c] = isMark(c) ? REMOVED : fold(c);
            MATCHING_LOWER[c] = isMark(c) ? REMOVED : Chars.toLowerCase(fold(c));
            CASELESS_LOWER[c] = c >= 0x80 && !Chars.caseless(c) ? CASED_CHAR : MATCHING_LOWER[c];
        }
    }

    /**
     * {@link #foldedLower} of an ASCII or caseless char ({@link Chars#caseless}: the Arabic block, general
     * punctuation...), -1 for a mark, or {@link #CASED} for any other char (a cased letter past ASCII, a char
     * that needs NFKC: the caller folds that text the string's own way). One table read below U+0700 for the
     * loops that fold a line or a paragraph a char at a time and asked both questions of every char (the outlet
     * signatures, the agencies' texts, {@link #lowerMatchingForm}).
     */
    public static int caselessFoldedLower(char c) {
        if (c < CASELESS_LOWER.length) {
            return (short) CASELESS_LOWER[c]; // REMOVED and CASED_CHAR as -1 and -2; every other entry is below U+0700
        }
        return Chars.caseless(c) ? foldedLower(c) : CASED;
    }

    /** {@link #caselessFoldedLower}: a char that is neither ASCII nor caseless. */
    public static final int CASED = -2;

    /**
     * One char folded ({@link #fold}) and lower-cased ({@link Chars#toLowerCase(char)}), or -1 for a mark
     * ({@link #isMark}), below U+0700 from a table: for loops that fold a line a char at a time (the segmenter's
     * folded lines, the outlet signatures). Unlike {@link #normalize} it knows nothing of NFKC.
     */
    public static int foldedLower(char c) {
        if (c >= MATCHING_LOWER.length) {
            return Chars.toLowerCase(c); // fold changes nothing at or above U+0700, and no mark lies there
        }
        char f = MATCHING_LOWER[c];
        return f == REMOVED ? -1 : f;
    }

    /**
     * One char's matching form as {@link #normalize} writes it: the folded char, {@link #DROPPED} for a mark
     * it removes, or {@link #WHOLE_TEXT} for a char that needs NFKC, which {@code normalize} applies to the whole
     * text first (the char alone says nothing then). For a loop that folds a text a char at a time on its way
     * to another form (the segmenter's line keys), with no copy of the normalised text in between.
     */
    public static int matching(char c) {
        if (c < MATCHING.length) {
            char m = MATCHING[c];
            return m == REMOVED ? DROPPED : m;
        }
        return needsNfkc(c) ? WHOLE_TEXT : c;
    }

    /** {@link #matching}: the char is removed. */
    public static final int DROPPED = -1;
    /** {@link #matching}: the text must go through {@link #normalize} whole. */
    public static final int WHOLE_TEXT = -2;

    /** The matching form of {@code text}; null gives the empty string. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int n = text.length();
        int i = 0;
        // most words are already in matching form: hand the string back without copying it
        while (i < n) {
            char c = text.charAt(i);
            if (c < MATCHING.length ? MATCHING[c] != c : needsNfkc(c)) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] out = new char[n];
        text.getChars(0, i, out, 0);
        int len = i;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < MATCHING.length) {
                char m = MATCHING[c];
                if (m != REMOVED) {
                    out[len++] = m;
                }
            } else if (needsNfkc(c)) {
                return normalizeNfkc(text);
            } else {
                out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    /**
     * {@code Chars.toLowerCase(normalize(text.substring(from, to)))} in one pass for a text of ASCII and
     * caseless chars (the Arabic block among them: nearly every word and line of the news), with no copy when
     * nothing changes; any other text through those two in turn. For the per-word and per-line loops that
     * want the lower-case matching form (the dates' tokens, the agencies' texts).
     */
    public static String lowerMatchingForm(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int f = caselessFoldedLower(c);
            if (f == CASED) {
                return Chars.toLowerCase(normalize(text.substring(from, to)));
            }
            if (f != c) {
                break;
            }
            i++;
        }
        if (i == to) {
            return from == 0 && to == text.length() ? text : text.substring(from, to);
        }
        char[] out = new char[to - from];
        text.getChars(from, i, out, 0);
        int len = i - from;
        for (; i < to; i++) {
            int f = caselessFoldedLower(text.charAt(i));
            if (f == CASED) {
                return Chars.toLowerCase(normalize(text.substring(from, to)));
            }
            if (f >= 0) {
                out[len++] = (char) f;
            }
        }
        return new String(out, 0, len);
    }

    /** {@link #normalize} of a text with presentation forms or other compatibility chars: NFKC first. */
    private static String normalizeNfkc(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isMark(c)) {
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    /** The matching form of one character, or the character itself; marks are not removed here. */
    public static char fold(char c) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA, FARSI_YEH, YEH_BARREE:
                return YEH;
            case TEH_MARBUTA, AE, HEH_WITH_YEH_ABOVE, HEH_GOAL:
                return HEH;
            case KEHEH:
                return KAF;
            default:
                if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
                    return (char) ('0' + (c - ARABIC_INDIC_ZERO));
                }
                if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
                    return (char) ('0' + (c - EXTENDED_ARABIC_INDIC_ZERO));
                }
                return c;
        }
    }

    /**
     * Diacritics (harakat, tanween, shadda, sukun and the extended marks U+0653–U+065F),
     * superscript alef, tatweel and Quranic annotation marks: removed for matching.
     */
    public static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == SUPERSCRIPT_ALEF || c == TATWEEL
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED');
    }

    /**
     * The text without its {@link #isMark marks} (diacritics, tatweel), letters as written: how a name is shown
     * (اللهُ and محمــــد are الله and محمد). The text itself when it has none.
     */
    public static String withoutMarks(String text) {
        int i = 0;
        while (i < text.length() && !isMark(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Arabic presentation forms and other compatibility characters need NFKC; most text does not. */
    private static boolean needsNfkc(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
