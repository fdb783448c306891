package org.mirsad.dates;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;

/**
 * One word, digit run or punctuation mark of a text, in matching form, with its place in the
 * original text (so a found expression quotes the text as written).
 */
record Token(String text, int start, int end) {

    /** Letters (with their diacritics and tatweel), digit runs, and single other marks; spaces drop. */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Chars.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (Chars.isDigit(c)) {
                while (j < s.length() && Chars.isDigit(s.charAt(j))) {
                    j++;
                }
            } else if (isWordChar(c)) {
                while (j < s.length() && isWordChar(s.charAt(j))) {
                    j++;
                }
            }
            String norm = ArabicNormalizer.lowerMatchingForm(s, i, j);
            if (!norm.isEmpty()) {
                out.add(new Token(norm, i, j));
            }
            i = j;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return (Chars.isLetter(c) && !Chars.isDigit(c)) || ArabicNormalizer.isMark(c);
    }
}
