package org.mirsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Arabic text into sentences. A sentence ends at {@code . ! ? ؟ ؛ ;}, at an ellipsis
 * ({@code ...} or {@code …}) and at the headline separator {@code ..}, when whitespace or the end
 * follows; the Arabic comma {@code ،} never ends one. Inside quotes ({@code «»}, {@code ""},
 * {@code “”}) nothing ends a sentence unless the quote closes right after the mark, so a quoted
 * «… مروّع.، القوات …» stays whole. Abbreviations with inner dots (أ.ب, U.S) and decimals (3.5)
 * do not split, because no space follows their dots.
 */
public final class SentenceSplitter {

    public static final char ARABIC_QUESTION_MARK = '\u061F';
    public static final char ARABIC_SEMICOLON = '\u061B';
    public static final char ARABIC_COMMA = '\u060C';
    public static final char HORIZONTAL_ELLIPSIS = '\u2026';
    public static final char LEFT_GUILLEMET = '\u00AB';
    public static final char RIGHT_GUILLEMET = '\u00BB';
    public static final char LEFT_DOUBLE_QUOTATION_MARK = '\u201C';
    public static final char RIGHT_DOUBLE_QUOTATION_MARK = '\u201D';

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int start = 0;
        int guillemets = 0;
        boolean inStraightQuote = false;
        boolean inCurlyQuote = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == LEFT_GUILLEMET) {
                guillemets++;
            } else if (c == RIGHT_GUILLEMET) {
                guillemets = Math.max(0, guillemets - 1);
            } else if (c == '"') {
                inStraightQuote = !inStraightQuote;
            } else if (c == LEFT_DOUBLE_QUOTATION_MARK) {
                inCurlyQuote = true;
            } else if (c == RIGHT_DOUBLE_QUOTATION_MARK) {
                inCurlyQuote = false;
            } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                // A blank line ends a sentence and any quote left open (a quote missing its closing mark).
                add(out, text, start, i);
                start = i;
                guillemets = 0;
                inStraightQuote = false;
                inCurlyQuote = false;
            } else if (isTerminal(c)) {
                int end = i + 1;
                while (end < n && (isTerminal(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                int afterQuotes = end;
                while (afterQuotes < n && isClosing(text.charAt(afterQuotes))) {
                    afterQuotes++;
                }
                boolean quoted = guillemets > 0 || inStraightQuote || inCurlyQuote;
                boolean closesQuote = afterQuotes > end;
                boolean boundary = afterQuotes == n || isSpace(text.charAt(afterQuotes));
                if (boundary && (!quoted || closesQuote)) {
                    if (closesQuote) {
                        guillemets = 0;
                        inStraightQuote = false;
                        inCurlyQuote = false;
                    }
                    add(out, text, start, afterQuotes);
                    start = afterQuotes;
                }
                i = Math.max(i, end - 1);
            }
        }
        add(out, text, start, n);
        return out;
    }

    /** Marks that end a sentence; a single '.' counts, and '..' and '...' are runs of it. */
    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ARABIC_SEMICOLON || c == ';'
                || c == HORIZONTAL_ELLIPSIS;
    }

    private static boolean isClosing(char c) {
        return c == RIGHT_GUILLEMET || c == '"' || c == RIGHT_DOUBLE_QUOTATION_MARK || c == ')';
    }

    /** White space, no-break spaces (U+00A0, common in crawls) and invisible format marks. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Sentence(text.substring(s, e), s, e));
        }
    }
}
