package org.mirsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Proclitics that hide a name inside a word: و ف (and, so), ب ل ك (in, to, like), ال (the) and their
 * combinations (وبال, لل …), as listed in {@code proclitics.txt}. Works on the matching form
 * ({@code ArabicNormalizer.normalize}).
 *
 * <p>Stripping is ambiguous (ب in بيسكوف is a letter of the name, in بكاراباخ a preposition), so callers
 * get every candidate and keep the one that matches something they know.
 */
public final class Clitics {

    /** A stem shorter than this is not a name (و + ل + ي would otherwise strip to nothing). */
    public static final int MIN_STEM = 3;

    private static final List<String> PROCLITICS = WordList.load(Clitics.class, "proclitics.txt");

    private Clitics() {
    }

    /** The word itself, then every form with one leading proclitic (or combination) removed, longest first. */
    public static List<String> candidates(String word) {
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

    /** The shortest stem left after removing the longest proclitic combination, or the word itself. */
    public static String strip(String word) {
        for (String p : PROCLITICS) {
            if (word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                return word.substring(p.length());
            }
        }
        return word;
    }

    /** The word without a leading definite article (ال, وال, بال …), or null when it has none. */
    public static String withoutArticle(String word) {
        for (String p : PROCLITICS) {
            if (p.endsWith("ال") || p.endsWith("لل")) {
                if (word.length() - p.length() >= MIN_STEM && word.startsWith(p)) {
                    return word.substring(p.length());
                }
            }
        }
        return null;
    }
}
