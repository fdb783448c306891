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

    /**
     * What {@link #cut} tells of a text, in text order: each token's place and where each sentence ends. A
     * reader that keeps places (the article's shared tokens) makes no string or token object per token.
     */
    public interface Cuts {

        /** A token at {@code start..end} (exclusive) of the text. */
        void token(int start, int end);

        /** The sentence of the tokens given since the last end (at least one) ends here. */
        void sentenceEnd();
    }

    /** The sentences of {@code text}, each a non-empty list of tokens. */
    public static List<List<Token>> sentences(String text) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        cut(text, new Cuts() {
            @Override
            public void token(int start, int end) {
                current.add(new Token(text.substring(start, end), start, end));
            }

            @Override
            public void sentenceEnd() {
                out.add(List.copyOf(current));
                current.clear();
            }
        });
        return out;
    }

    /** The tokens and sentences of {@code text} as {@link #sentences} cuts them, told by place to {@code out}. */
    public static void cut(String text, Cuts out) {
        boolean open = false; // a token given since the last sentence end
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) { // asked first: most chars are; no white space is one
                int start = i;
                do {
                    i++;
                } while (i < n && isWordChar(text.charAt(i)));
                out.token(start, i);
                open = true;
            } else if (c == '\n' || c == '\r') {
                if (open) {
                    out.sentenceEnd();
                    open = false;
                }
                i++;
            } else if (c == ' ' || Character.isWhitespace(c) || c == ZERO_WIDTH_NON_JOINER) {
                i++;
            } else {
                out.token(i, i + 1);
                i++;
                if (c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK) {
                    out.sentenceEnd();
                    open = false;
                } else {
                    open = true;
                }
            }
        }
        if (open) {
            out.sentenceEnd();
        }
    }

    static boolean isWordChar(char c) {
        return Chars.isLetterOrDigit(c) || ArabicNormalizer.isMark(c);
    }
}
