package org.mirsad.outlets;

import java.util.Locale;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;
import org.mirsad.text.FoldedPhrases;
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
        char[] out = new char[line.length()];
        int k = foldInto(line, out);
        return k >= 0 ? new String(out, 0, k) : foldWhole(line);
    }

    /** {@link #fold} of a line {@link #foldInto} leaves alone: three passes, each a string of its own. */
    static String foldWhole(String line) {
        return oneSpace(Chars.toLowerCase(ArabicNormalizer.normalize(line.strip())));
    }

    /**
     * {@link #fold} of a line of ASCII and caseless chars (the Arabic block among them), which is nearly every
     * line, into {@code out} (as long as the line at least): how many chars it wrote, or -1 for any other line
     * ({@link #foldWhole}). One pass, no string: the outlet detector folds every line of every page and reads
     * the folded chars in place. The three passes of {@link #foldWhole} give the same for such a line, char by
     * char; the white space {@link String#strip} takes off the ends is skipped the same way here.
     */
    static int foldInto(String line, char[] out) {
        int from = 0;
        int to = line.length();
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        // the line's chars copied out at once and folded in place (a folded char never stands after the char it
        // comes from): a String's charAt checked the coding and the index of every char
        line.getChars(from, to, out, 0);
        int n = to - from;
        int k = 0;
        boolean run = false;
        for (int i = 0; i < n; i++) {
            int f = ArabicNormalizer.caselessFoldedLower(out[i]);
            if (f < 0) {
                if (f == ArabicNormalizer.CASED) {
                    return -1;
                }
                continue; // a mark: gone, and a run of spaces around it is one run
            }
            if (f <= ' ' && isSpace((char) f)) {
                if (!run) {
                    out[k++] = ' ';
                    run = true;
                }
                continue;
            }
            run = false;
            out[k++] = (char) f;
        }
        return k;
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

    /** Whether the line matches, given as written and as {@link #fold} folds it (the first {@code length} chars). */
    boolean matches(String rawLine, char[] foldedLine, int length) {
        return switch (kind) {
            case LINE -> length == folded.length() && FoldedPhrases.startsWith(foldedLine, length, folded, 0);
            case CONTAINS -> indexOf(foldedLine, length, folded) >= 0;
            case REGEX -> regex.foundIn(rawLine);
        };
    }

    /** Where {@code s} first stands in the first {@code length} chars of {@code chars}, or -1. */
    static int indexOf(char[] chars, int length, String s) {
        for (int i = 0; i + s.length() <= length; i++) {
            if (FoldedPhrases.startsWith(chars, length, s, i)) {
                return i;
            }
        }
        return -1;
    }
}
