package org.mirsad.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Clitics of Arabic words, on the matching form: conjunctions و ف, prepositions ب ل ك, the article
 * ال (and their fusions وال بال كال فال لل), and the pronoun suffixes.
 *
 * <p>{@link #strip} is conservative, as Lucene's light stemmer is (Larkey, Ballesteros and Connell
 * 2002, "light-10"): a single ب ل ك is never stripped alone, because too many words begin with it
 * (بيسكوف, كاراباخ, لافروف). {@link #readings} gives every split, for callers that can check the
 * remainder against a lexicon (بكاراباخ → كاراباخ, لبوتين → بوتين).
 */
public final class Clitics {

    public static final char WAW = '\u0648';
    public static final char FEH = '\u0641';
    public static final char BEH = '\u0628';
    public static final char LAM = '\u0644';
    public static final char KAF = '\u0643';
    public static final char ALEF = '\u0627';
    public static final char HEH = '\u0647';
    public static final char MEEM = '\u0645';
    public static final char NOON = '\u0646';
    public static final char YEH = '\u064A';

    /** Conjunctions that may precede anything else. */
    static final String[] CONJUNCTIONS = {"" + WAW, "" + FEH};

    /** Article and preposition+article fusions, safe to strip (longest first). */
    static final String[] ARTICLES = {"" + BEH + ALEF + LAM, "" + KAF + ALEF + LAM, "" + LAM + LAM, "" + ALEF + LAM};

    /** Single-letter prepositions: stripped only in {@link #readings}. */
    static final String[] PREPOSITIONS = {"" + BEH, "" + LAM, "" + KAF};

    /** Pronoun suffixes (longest first): هما هم هن ها كما كم كن نا ه ك ي. */
    static final String[] PRONOUNS = {
        "" + HEH + MEEM + ALEF, "" + KAF + MEEM + ALEF, "" + HEH + MEEM, "" + HEH + NOON, "" + HEH + ALEF,
        "" + KAF + MEEM, "" + KAF + NOON, "" + NOON + ALEF, "" + HEH, "" + KAF, "" + YEH};

    /** A stem keeps at least this many letters, so that short words are left whole. */
    public static final int MIN_STEM = 3;

    /**
     * Every proclitic combination that can hide a name inside a word, longest first: a conjunction, an
     * article fusion or a single-letter preposition, or a conjunction followed by either (وبال, ولل, فب …),
     * plus و + ف + ال. Used by {@link #procliticReadings}, {@link #stripProclitics} and {@link #withoutArticle}.
     */
    static final List<String> PROCLITICS = proclitics();

    /**
     * {@link #PROCLITICS} by their first letter, in the same order, for letters from {@link #FIRST_LETTER}
     * on: a word is checked only against the combinations that begin with its own first letter (at most
     * nine of the 24), and a word beginning with none of و ف ب ك ل ا against none. Every word the tagger,
     * the entities and the events meet asks, and most begin with another letter.
     */
    private static final String[][] PROCLITICS_BY_FIRST = procliticsByFirst();
    private static final char FIRST_LETTER = ALEF;
    private static final String[] NONE = {};

    private Clitics() {
    }

    /** 1 when a form opens with the conjunction و or ف (a letter the callers' own rules then read past), else 0. */
    public static int conjunctionLength(String form) {
        return !form.isEmpty() && (form.charAt(0) == WAW || form.charAt(0) == FEH) ? 1 : 0;
    }

    /**
     * The form without its conjunction و or ف where a stem of {@link #MIN_STEM} letters is left: وقتلوا → قتلوا,
     * والله → الله; a word of three letters or fewer keeps its first letter (وقع is a verb).
     */
    public static String stripConjunction(String form) {
        return form.length() > MIN_STEM && conjunctionLength(form) == 1 ? form.substring(1) : form;
    }

    /** The form without a conjunction, an article fusion and a pronoun suffix, where each leaves a stem. */
    public static String strip(String form) {
        return stripSuffix(stripPrefixes(form), PRONOUNS);
    }

    /**
     * The stem of a word as written: like {@link #strip} on its matching form, except that a final
     * ta marbuta (folded to ه in the matching form) is not taken for the pronoun ه (العودة → عوده).
     */
    public static String stemOf(String surface) {
        return stemOf(surface, ArabicNormalizer.normalize(surface));
    }

    /** {@link #stemOf(String)} when the caller already has the matching form of {@code surface}. */
    static String stemOf(String surface, String form) {
        String letters = form.isEmpty() ? surface : surface.strip();
        int i = letters.length() - 1;
        while (i >= 0 && ArabicNormalizer.isMark(letters.charAt(i))) {
            i--;
        }
        boolean tehMarbuta = i >= 0 && letters.charAt(i) == ArabicNormalizer.TEH_MARBUTA;
        return tehMarbuta ? stripPrefixes(form) : strip(form);
    }

    private static String stripPrefixes(String form) {
        return stripPrefix(stripPrefix(form, CONJUNCTIONS), ARTICLES);
    }

    /**
     * Every reading of the form as [conjunction][preposition or article]stem[pronoun], longest stem
     * first, the form itself always first.
     */
    public static List<String> readings(String form) {
        // into an array with a linear check for repeats, then a stable sort by length: no set and no list per
        // step (the events work this out for every word form they meet, and the rare ones miss every cache).
        // At most 13 readings: the form, then per form with or without its conjunction (2) itself or without
        // an article or a preposition (3 at most: بال, ب), each with and without its pronoun.
        String[] out = new String[16];
        int n = 0;
        out[n++] = form;
        for (int c = -1; c < CONJUNCTIONS.length; c++) { // the form, then without each conjunction it has
            String a = c < 0 ? form : withoutPrefix(form, CONJUNCTIONS[c]);
            if (a == null) {
                continue;
            }
            for (int t = -1; t < ARTICLES.length + PREPOSITIONS.length; t++) { // itself, without an article, a preposition
                String b = t < 0 ? a : withoutPrefix(a, t < ARTICLES.length ? ARTICLES[t] : PREPOSITIONS[t - ARTICLES.length]);
                if (b == null) {
                    continue;
                }
                n = add(out, n, b);
                n = add(out, n, stripSuffix(b, PRONOUNS));
            }
        }
        for (int i = 2; i < n; i++) { // insertion sort of all but the first, longest first, ties kept in order
            String x = out[i];
            int j = i - 1;
            while (j >= 1 && out[j].length() < x.length()) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = x;
        }
        return List.of(Arrays.copyOf(out, n));
    }

    /** Puts {@code s} at {@code out[n]} unless one of the first {@code n} equals it; the new count. */
    private static int add(String[] out, int n, String s) {
        for (int i = 0; i < n; i++) {
            if (out[i].equals(s)) {
                return n;
            }
        }
        out[n] = s;
        return n + 1;
    }

    /** {@code s} without {@code prefix} when it starts with it and keeps a stem of {@link #MIN_STEM} letters, else null. */
    private static String withoutPrefix(String s, String prefix) {
        return s.startsWith(prefix) && s.length() - prefix.length() >= MIN_STEM ? s.substring(prefix.length()) : null;
    }

    /**
     * The word itself, then every form with one leading proclitic combination removed (longest
     * combination first), each leaving a stem of at least {@link #MIN_STEM} letters. Unlike
     * {@link #readings} it never removes a suffix, and a single ب ل ك counts: stripping is ambiguous (ب in
     * بيسكوف is a letter of the name, in بكاراباخ a preposition), so callers keep the reading that matches
     * something they know.
     */
    public static List<String> procliticReadings(String word) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        for (String p : proclitics(word)) {
            if (word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                String stem = word.substring(p.length());
                if (!out.contains(stem)) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    /**
     * The word without its longest proclitic combination (a single ب ل ك included), or the word itself:
     * the NER tagger's stem, greedier than {@link #strip}.
     */
    public static String stripProclitics(String word) {
        for (String p : proclitics(word)) {
            if (word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                return word.substring(p.length());
            }
        }
        return word;
    }

    /**
     * Whether a word in matching form (ة written ه) is a relational adjective with the article, the shape of
     * الروسي, الأمريكية, الدولي: what follows a title before a name, closes a place's name, or is no speaker.
     */
    public static boolean isDefiniteNisba(String form) {
        return form.startsWith("" + ALEF + LAM) && (form.endsWith("" + YEH) || form.endsWith("" + YEH + HEH));
    }

    /** The word without a leading definite article (ال, وال, بال, لل …), or null when it has none. */
    public static String withoutArticle(String word) {
        for (String p : proclitics(word)) {
            if ((p.endsWith("" + ALEF + LAM) || p.endsWith("" + LAM + LAM))
                    && word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                return word.substring(p.length());
            }
        }
        return null;
    }

    /** The combinations of {@link #PROCLITICS} that begin with the word's first letter, in their order. */
    private static String[] proclitics(String word) {
        if (word.isEmpty()) {
            return NONE;
        }
        int slot = word.charAt(0) - FIRST_LETTER;
        return slot >= 0 && slot < PROCLITICS_BY_FIRST.length ? PROCLITICS_BY_FIRST[slot] : NONE;
    }

    private static String[][] procliticsByFirst() {
        int last = FIRST_LETTER;
        for (String p : PROCLITICS) {
            last = Math.max(last, p.charAt(0));
        }
        String[][] byFirst = new String[last - FIRST_LETTER + 1][];
        for (int slot = 0; slot < byFirst.length; slot++) {
            char first = (char) (FIRST_LETTER + slot);
            byFirst[slot] = PROCLITICS.stream().filter(p -> p.charAt(0) == first).toArray(String[]::new);
        }
        return byFirst;
    }

    private static List<String> proclitics() {
        List<String> out = new ArrayList<>();
        for (String conjunction : new String[] {"", "" + WAW, "" + FEH}) {
            if (!conjunction.isEmpty()) {
                out.add(conjunction);
            }
            for (String article : ARTICLES) {
                out.add(conjunction + article);
            }
            for (String preposition : PREPOSITIONS) {
                out.add(conjunction + preposition);
            }
        }
        out.add("" + WAW + FEH + ALEF + LAM);
        // longest first; two combinations of one length never both begin the same word, so the order
        // among them does not matter
        out.sort((x, y) -> y.length() - x.length());
        return List.copyOf(out);
    }

    private static String stripPrefix(String s, String[] table) {
        for (String p : table) {
            String rest = withoutPrefix(s, p);
            if (rest != null) {
                return rest;
            }
        }
        return s;
    }

    private static String stripSuffix(String s, String[] table) {
        for (String p : table) {
            if (s.endsWith(p) && s.length() - p.length() >= MIN_STEM) {
                return s.substring(0, s.length() - p.length());
            }
        }
        return s;
    }
}
