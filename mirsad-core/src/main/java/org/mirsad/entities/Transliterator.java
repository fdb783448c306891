package org.mirsad.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.mirsad.model.EntityType;
import org.mirsad.ner.WordList;
import org.mirsad.text.ArabicNormalizer;

/**
 * A readable Latin form of an Arabic name no gazetteer knows. Words of names English-language news spells one
 * way (محمد Mohammed, بن bin, القحطاني al-Qahtani) come from the word table {@code transliteration_words.tsv};
 * every other word is spelt letter by letter by {@code transliteration.tsv}.
 */
final class Transliterator {

    /** Runs of spaces, compiled once (String.replaceAll compiled it for every name). */
    private static final Pattern SPACES = Pattern.compile(" +");

    /** ل and the article whose alef the text does not write: للسياحة, للجبيل. */
    private static final String LIL = "\u0644\u0644";
    private static final Map<Character, String> LETTERS = load();
    /** Whole words (matching form) → Latin. */
    private static final Map<String, String> WORDS = loadTable("transliteration_words.tsv", ArabicNormalizer::normalize);
    private static final char AIN = '\u0639';
    /**
     * The article, alone or after و or ل, before a word of the table: الداخلية al-Dakhiliya, والتراث wal-Turath,
     * للسياحة lil-Siyaha (the purpose in a body's name).
     */
    private static final String[][] ARTICLE_PREFIXES = {{Names.ARTICLE, "al-"}, {"\u0648\u0627\u0644", "wal-"},
        {Transliterator.LIL, "lil-"}};
    /** The Arabic names of Latin letters as written (marks aside) → the letter. */
    private static final Map<String, String> LETTER_NAMES = loadTable("latin_letter_names.tsv", UnaryOperator.identity());

    private Transliterator() {
    }

    static String latin(String arabic) {
        String[] written = SPACES.split(arabic.strip());
        String acronym = acronym(written);
        if (acronym != null) {
            return acronym;
        }
        String[] words = new String[written.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = ArabicNormalizer.normalize(written[i]);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // عبد and the word after it are one name (عبد الله: Abdullah), when the table knows it
            String glued = w.equals(Names.ABD) && i + 1 < words.length ? WORDS.get(w + words[i + 1]) : null;
            String latin = glued != null ? glued : word(w, !hamzaFirst(written[i]));
            if (glued != null) {
                i++;
            }
            if (!latin.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(latin);
            }
        }
        // a name starts with a capital, even with a particle first (bin Ladn: Bin Ladn)
        return out.length() == 0 || out.indexOf("al-") == 0 ? out.toString()
                : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /**
     * The Latin letters a name spells out (سي إن إن: CNN, إف 16: F-16), or null: a name of two words or more, each
     * the Arabic name of a Latin letter ({@code latin_letter_names.tsv}, as written) or a number, one letter at
     * least. Spelt letter by letter, the letters' names were "Sy An An".
     */
    private static String acronym(String[] written) {
        if (written.length < 2) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (String w : written) {
            String letter = LETTER_NAMES.get(ArabicNormalizer.withoutMarks(w));
            if (letter != null && numbers.length() == 0) {
                letters.append(letter);
            } else if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
                numbers.append('-').append(w);
            } else {
                return null;
            }
        }
        return letters.length() == 0 ? null : letters.append(numbers).toString();
    }

    /**
     * Whether a word is written with hamza on its first alef (أليكسيس, إلياس): its ل is no article's, though
     * normalised the word starts as if it were (اليكسيس).
     */
    private static boolean hamzaFirst(String written) {
        return !written.isEmpty() && (written.charAt(0) == '\u0623' || written.charAt(0) == '\u0625');
    }

    /**
     * One word: from the table (with its article, al- and the rest from the table), else letter by letter.
     * {@code article}: whether a leading ال may be the article.
     */
    private static String word(String w, boolean article) {
        String known = WORDS.get(w);
        if (known != null) {
            return known;
        }
        if (!article) {
            return letters(w, false);
        }
        for (String[] p : ARTICLE_PREFIXES) {
            String rest = w.startsWith(p[0]) && w.length() > p[0].length() ? WORDS.get(w.substring(p[0].length())) : null;
            if (rest != null) {
                return p[1] + rest;
            }
        }
        String place = knownPlace(w);
        if (place == null && w.startsWith(LIL) && w.length() > LIL.length() + 1) {
            place = knownPlace(w.substring(LIL.length()));
            place = place == null ? null : "lil-" + place;
        }
        return place != null ? place : letters(w, true);
    }

    /**
     * The Latin name of a place known by this one word (جدة Jeddah, القصيم Qassim, الأحساء Al-Ahsa), or null: a body
     * named with its place was spelt letter by letter (Amana Muhafaza Jdh) where the place alone had its name.
     */
    private static String knownPlace(String w) {
        List<String> tokens = Names.tokens(w);
        Known k = tokens.size() == 1 ? KnownEntities.DEFAULT.exact(tokens) : null;
        return k != null && k.type() == EntityType.LOC && k.latin() != null ? k.latin() : null;
    }

    /** The word letter by letter, its first letter a capital, its article al- ({@code article}: ال may be one). */
    private static String letters(String w, boolean article) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String l = LETTERS.get(c);
            if (l == null) {
                if (Character.isLetterOrDigit(c) || c == '-') {
                    out.append(c);
                    wordStart = false;
                }
                continue;
            }
            if (wordStart) {
                // the article only where the word begins: العالمية is al-Alamyh, not al-al-Myh once its ع is read
                if (i == 0 && article && w.startsWith(Names.ARTICLE) && w.length() > Names.ARTICLE.length()) {
                    out.append("al-");
                    i++;
                    continue;
                }
                // a word's first ع has no letter of its own without vowel marks: its vowel is most often a
                // (عبد, عباس, علي → Abd, Abas, Aly; before ا that ا is it: عادل → Adl); dropped, the name lost its first sound (Bas)
                boolean vowelNext = i + 1 < w.length() && w.charAt(i + 1) == '\u0627'; // عادل: the ا is it
                l = c == AIN && !vowelNext ? "a" : l.startsWith("'") ? l.substring(1) : l;
                l = l.isEmpty() ? l : l.substring(0, 1).toUpperCase(Locale.ROOT) + l.substring(1);
            }
            out.append(l);
            wordStart = l.isEmpty() && wordStart;
        }
        return out.toString();
    }

    private static Map<Character, String> load() {
        Map<Character, String> m = new HashMap<>();
        for (String line : WordList.load(Transliterator.class, "transliteration.tsv")) {
            String[] f = line.split("\t");
            m.put(f[0].charAt(0), f[1]);
        }
        return m;
    }

    /** A table of Arabic <TAB> Latin lines, each Arabic side keyed by {@code key}. */
    private static Map<String, String> loadTable(String resource, UnaryOperator<String> key) {
        Map<String, String> m = new HashMap<>();
        for (String line : WordList.load(Transliterator.class, resource)) {
            String[] f = line.split("\t");
            m.put(key.apply(f[0]), f[1]);
        }
        return Map.copyOf(m);
    }
}
