package org.mirsad.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.mirsad.ner.WordList;
import org.mirsad.text.ArabicNormalizer;

/** A readable Latin form of an Arabic name no gazetteer knows, by the letter table {@code transliteration.tsv}. */
final class Transliterator {

    /** Runs of spaces, compiled once (String.replaceAll compiled it for every name). */
    private static final Pattern SPACES = Pattern.compile(" +");

    private static final Map<Character, String> LETTERS = load();
    private static final char AIN = '\u0639';

    private Transliterator() {
    }

    static String latin(String arabic) {
        String norm = ArabicNormalizer.normalize(arabic);
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            String l = LETTERS.get(c);
            if (l == null) {
                if (Character.isWhitespace(c)) {
                    wordStart = true;
                    out.append(' ');
                } else if (Character.isLetterOrDigit(c) || c == '-') {
                    out.append(c);
                    wordStart = false;
                }
                continue;
            }
            if (wordStart) {
                if (norm.startsWith("\u0627\u0644", i) && i + 2 < norm.length()) {
                    out.append("al-");
                    i++;
                    continue;
                }
                // a word's first ع has no letter of its own without vowel marks: its vowel is most often a
                // (عبد, عباس, علي → Abd, Abas, Aly; before ا that ا is it: عادل → Adl); dropped, the name lost its first sound (Bas)
                boolean vowelNext = i + 1 < norm.length() && norm.charAt(i + 1) == '\u0627'; // عادل: the ا is it
                l = c == AIN && !vowelNext ? "a" : l.startsWith("'") ? l.substring(1) : l;
                l = l.isEmpty() ? l : l.substring(0, 1).toUpperCase(Locale.ROOT) + l.substring(1);
            }
            out.append(l);
            wordStart = l.isEmpty() && wordStart;
        }
        return SPACES.matcher(out.toString().strip()).replaceAll(" ");
    }

    private static Map<Character, String> load() {
        Map<Character, String> m = new HashMap<>();
        for (String line : WordList.load(Transliterator.class, "transliteration.tsv")) {
            String[] f = line.split("\t");
            m.put(f[0].charAt(0), f[1]);
        }
        return m;
    }
}
