package org.mirsad.text;

/**
 * How many words a text has, as {@code text.strip().split("\\s+").length} counts them (0 for a blank
 * text), without the regular expression and the array: one more than the runs of regex white space
 * ({@code \s}: ASCII space, tab, the line breaks, vertical tab, form feed) inside the stripped text.
 * The segmenter asks it of every line, the quote finder of every reported text.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0;
        }
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }
}
