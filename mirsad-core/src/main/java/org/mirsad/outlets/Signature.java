package org.mirsad.outlets;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mirsad.text.ArabicNormalizer;

/**
 * One row of {@code signatures.tsv}: a mark on a page line that names an outlet.
 *
 * @param outlet   the outlet's English name
 * @param kind     how the pattern is matched
 * @param pattern  the pattern as the table gives it
 * @param weight   1 names the outlet alone; smaller weights add up
 * @param trailing the mark closes an article (belongs to the article above it)
 */
record Signature(String outlet, Kind kind, String pattern, double weight, boolean trailing, Pattern regex,
                 String folded) {

    enum Kind { LINE, CONTAINS, REGEX }

    static Signature of(String outlet, String kind, String pattern, double weight, boolean trailing) {
        Kind k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        return new Signature(outlet, k, pattern, weight, trailing, k == Kind.REGEX ? Pattern.compile(pattern) : null,
                fold(pattern));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The line in the form {@code line} and {@code contains} patterns compare with. */
    static String fold(String line) {
        // compiled once: String.replaceAll compiles its pattern on every call, and every page line comes here
        return SPACES.matcher(ArabicNormalizer.normalize(line.strip()).toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    boolean matches(String rawLine, String foldedLine) {
        return switch (kind) {
            case LINE -> foldedLine.equals(folded);
            case CONTAINS -> foldedLine.contains(folded);
            case REGEX -> regex.matcher(rawLine).find();
        };
    }
}
