package org.mirsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.text.ArabicNormalizer;

/** Splits a sentence into {@link Token}s: runs of letters and digits; clause punctuation as tokens of its own. */
final class Words {

    static final char ARABIC_COMMA = '\u060C';
    static final char ARABIC_SEMICOLON = '\u061B';

    /** Words that open a subordinate or reported clause, in matching form. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("ان", "انه", "انها", "انهم", "عندما", "حيث", "بعد",
            "بعدما", "الذي", "التي", "الذين", "لكن", "بينما", "فيما");

    private Words() {
    }

    static List<Token> tokenize(String sentence) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            char c = sentence.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(sentence.charAt(i))) {
                    i++;
                }
                String text = sentence.substring(start, i);
                String form = ArabicNormalizer.normalize(text);
                String bare = stripConjunction(form);
                out.add(new Token(text, form, bare, start, i, CLAUSE_OPENERS.contains(form)));
            } else {
                if (c == ',' || c == ARABIC_COMMA || c == ';' || c == ARABIC_SEMICOLON || c == ':') {
                    out.add(new Token(String.valueOf(c), String.valueOf(c), String.valueOf(c), i, i + 1, true));
                }
                i++;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || ArabicNormalizer.isMark(c);
    }

    /** وقتلوا → قتلوا; a word of three letters or fewer keeps its first letter (وقع is a verb). */
    static String stripConjunction(String form) {
        if (form.length() > 3 && (form.charAt(0) == '\u0648' || form.charAt(0) == '\u0641')) {
            return form.substring(1);
        }
        return form;
    }
}
