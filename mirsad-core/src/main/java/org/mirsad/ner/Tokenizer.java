package org.mirsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;

/**
 * Splits running text the way ANERcorp is tokenised: words (letters, marks, digits and tatweel kept
 * together, clitics left attached) and every punctuation character on its own; sentences end at
 * . ! ? ؟ and at line breaks.
 */
public final class Tokenizer {

    public static final char ARABIC_QUESTION_MARK = '\u061F';
    public static final char ZERO_WIDTH_NON_JOINER = '\u200C';

    private Tokenizer() {
    }

    /** The sentences of {@code text}, each a non-empty list of tokens. */
    public static List<List<Token>> sentences(String text) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(current, out);
                i++;
            } else if (Character.isWhitespace(c) || c == ZERO_WIDTH_NON_JOINER) {
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                current.add(new Token(text.substring(start, i), start, i));
            } else {
                current.add(new Token(String.valueOf(c), i, i + 1));
                i++;
                if (c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK) {
                    flush(current, out);
                }
            }
        }
        flush(current, out);
        return out;
    }

    static boolean isWordChar(char c) {
        return Chars.isLetterOrDigit(c) || ArabicNormalizer.isMark(c);
    }

    private static void flush(List<Token> current, List<List<Token>> out) {
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
            current.clear();
        }
    }
}
