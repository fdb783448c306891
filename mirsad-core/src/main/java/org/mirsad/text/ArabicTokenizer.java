package org.mirsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into Arabic words, Latin words, numbers and punctuation. Latin words and numbers
 * inside Arabic text stay whole ({@code Google}, {@code H-6} gives {@code H}, {@code -}, {@code 6};
 * {@code 29}, {@code 3.5}, {@code ٢٠١٩}); diacritics and tatweel stay inside their word
 * (حلَّ is one token, matching حل). Each Arabic word gives its clitic-stripped stem when asked ({@link Token#stem}).
 */
public final class ArabicTokenizer {

    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    private ArabicTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            Token.Type type;
            if (isArabicLetter(c)) {
                while (i < n && (isArabicLetter(text.charAt(i)) || ArabicNormalizer.isMark(text.charAt(i)))) {
                    i++;
                }
                type = Token.Type.ARABIC;
            } else if (Character.isDigit(c)) {
                i = endOfNumber(text, i);
                type = Token.Type.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) && !isArabicLetter(text.charAt(i))
                        || isInnerApostrophe(text, i))) {
                    i++;
                }
                type = Token.Type.LATIN;
            } else if (Character.isWhitespace(c) || ArabicNormalizer.isMark(c)) {
                i++;
                continue;
            } else {
                i++;
                type = Token.Type.PUNCTUATION;
            }
            String surface = text.substring(start, i);
            out.add(new Token(surface, start, i, type, ArabicNormalizer.normalize(surface)));
        }
        return out;
    }

    /** Arabic letters proper (not marks, digits or punctuation of the Arabic blocks). */
    public static boolean isArabicLetter(char c) {
        // the letters of the basic Arabic block and ASCII, most of any text, answered without the script
        // table's binary search (UnicodeScript.of); the same answers as the general test below
        if (c >= '\u0621' && c <= '\u064A') {
            return c != ArabicNormalizer.TATWEEL;
        }
        if (c < 0x80) {
            return false;
        }
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                && c != ArabicNormalizer.TATWEEL;
    }

    /** Digits, with one decimal or thousands separator between digits (3.5, 1,000, ٣٫٥). */
    private static int endOfNumber(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',' || c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR)
                    && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
}
