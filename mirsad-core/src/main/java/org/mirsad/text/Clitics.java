package org.mirsad.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    private Clitics() {
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
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        List<String> afterConj = new ArrayList<>(List.of(form));
        afterConj.addAll(prefixed(form, CONJUNCTIONS));
        for (String a : afterConj) {
            List<String> bases = new ArrayList<>(List.of(a));
            bases.addAll(prefixed(a, ARTICLES));
            bases.addAll(prefixed(a, PREPOSITIONS));
            for (String b : bases) {
                out.add(b);
                String noSuffix = stripSuffix(b, PRONOUNS);
                out.add(noSuffix);
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.subList(1, sorted.size()).sort((x, y) -> y.length() - x.length());
        return sorted;
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
        for (String p : PROCLITICS) {
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
        for (String p : PROCLITICS) {
            if (word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                return word.substring(p.length());
            }
        }
        return word;
    }

    /** The word without a leading definite article (ال, وال, بال, لل …), or null when it has none. */
    public static String withoutArticle(String word) {
        for (String p : PROCLITICS) {
            if ((p.endsWith("" + ALEF + LAM) || p.endsWith("" + LAM + LAM))
                    && word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                return word.substring(p.length());
            }
        }
        return null;
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

    private static List<String> prefixed(String s, String[] table) {
        List<String> out = new ArrayList<>();
        for (String p : table) {
            if (s.startsWith(p) && s.length() - p.length() >= MIN_STEM) {
                out.add(s.substring(p.length()));
            }
        }
        return out;
    }

    private static String stripPrefix(String s, String[] table) {
        for (String p : table) {
            if (s.startsWith(p) && s.length() - p.length() >= MIN_STEM) {
                return s.substring(p.length());
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
