package org.mirsad.outlets;

import java.util.Locale;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;
import org.mirsad.text.LinePattern;

/**
 * One row of {@code signatures.tsv}: a mark on a page line that names an outlet.
 *
 * @param outlet   the outlet's English name
 * @param kind     how the pattern is matched
 * @param pattern  the pattern as the table gives it
 * @param weight   1 names the outlet alone; smaller weights add up
 * @param trailing the mark closes an article (belongs to the article above it)
 */
record Signature(String outlet, Kind kind, String pattern, double weight, boolean trailing, LinePattern regex,
                 String folded) {

    enum Kind { LINE, CONTAINS, REGEX }

    static Signature of(String outlet, String kind, String pattern, double weight, boolean trailing) {
        Kind k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        return new Signature(outlet, k, pattern, weight, trailing, k == Kind.REGEX ? LinePattern.compile(pattern) : null,
                fold(pattern));
    }

    /** The line in the form {@code line} and {@code contains} patterns compare with. */
    static String fold(String line) {
        String s = line.strip();
        // one pass for a line of ASCII and caseless chars (the Arabic block among them), which is nearly every
        // line: the three passes below give the same for it, char by char
        int n = s.length();
        char[] out = new char[n];
        int k = 0;
        boolean run = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && !Chars.caseless(c)) {
                return oneSpace(Chars.toLowerCase(ArabicNormalizer.normalize(s)));
            }
            int f = ArabicNormalizer.foldedLower(c);
            if (f < 0) {
                continue; // a mark: gone, and a run of spaces around it is one run
            }
            if (isSpace((char) f)) {
                if (!run) {
                    out[k++] = ' ';
                    run = true;
                }
                continue;
            }
            run = false;
            out[k++] = (char) f;
        }
        return new String(out, 0, k);
    }

    /**
     * Every run of whitespace as one space, whitespace as the regular expression {@code \\s} means it
     * (space, tab, line breaks, vertical tab, form feed): what {@code replaceAll("\\s+", " ")} gives,
     * without a matcher per page line, and the line itself when its runs are single spaces already.
     */
    static String oneSpace(String s) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c <= ' ' && isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) {
                break; // every white space char is at most ' ': one compare for the letters
            }
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                b.append(' ');
                do {
                    i++;
                } while (i < n && isSpace(s.charAt(i)));
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    boolean matches(String rawLine, String foldedLine) {
        return switch (kind) {
            case LINE -> foldedLine.equals(folded);
            case CONTAINS -> foldedLine.contains(folded);
            case REGEX -> regex.foundIn(rawLine);
        };
    }
}
