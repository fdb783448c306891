package org.mirsad.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a regular expression needs of a line before it can match, read off its source once, so that most
 * lines are turned away without a matcher: for a pattern anchored at the start ({@code ^…}), the chars a
 * match may open with; for any other, a literal every match holds, one per top-level alternative
 * ({@code (جميع|كل) الحقوق محفوظه} needs {@code " الحقوق محفوظه"}). A search with {@code find} tries the
 * pattern at every char of the line, which for a pattern that opens with a group or a class is a few
 * calls per char: the segmenter and the outlet signatures search every line of every page.
 *
 * <p>The gate only ever says "no" when the pattern cannot match: anything it does not understand
 * (classes, {@code .}, escapes such as {@code \d}, inline flags, look-arounds) leaves it open.
 * Under {@link Pattern#CASE_INSENSITIVE} an ASCII letter stands for both its cases, a line opening with a
 * non-ASCII char that has a case goes to the pattern, and literals hold only chars without case.
 */
public final class PatternGate {

    /** The gate of a pattern it cannot read: every line goes to the pattern. */
    static final PatternGate OPEN = new PatternGate(null, null, false);

    /** Chars a match opens with (anchored patterns), or null. */
    private final BitSet first;
    /** One literal per top-level alternative, one of which every match holds (unanchored patterns), or null. */
    private final String[] literals;
    private final boolean caseInsensitive;

    private PatternGate(BitSet first, String[] literals, boolean caseInsensitive) {
        this.first = first;
        this.literals = literals;
        this.caseInsensitive = caseInsensitive;
    }

    /** The gate of {@code regex} compiled with {@code flags}; {@code anchored}: every match starts at the input's start. */
    static PatternGate of(String regex, int flags, boolean anchored) {
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.MULTILINE)) != 0 || hasSpecialGroup(regex)) {
            return OPEN;
        }
        boolean ci = (flags & Pattern.CASE_INSENSITIVE) != 0;
        try {
            if (anchored) {
                Reader r = new Reader(regex, 1, ci);
                Seq s = r.sequence();
                return r.complete() && s.first != null && !s.nullable ? new PatternGate(s.first, null, ci) : OPEN;
            }
            List<String> alternatives = topLevel(regex);
            String[] literals = new String[alternatives.size()];
            for (int i = 0; i < literals.length; i++) {
                literals[i] = longestLiteral(alternatives.get(i), ci);
                if (literals[i] == null) {
                    return OPEN;
                }
            }
            return new PatternGate(null, literals, ci);
        } catch (Unreadable e) {
            return OPEN;
        }
    }

    /** False only when the pattern cannot be found in {@code s}. */
    boolean mayMatch(CharSequence s) {
        if (first != null) {
            if (s.length() == 0) {
                return false;
            }
            char c = s.charAt(0);
            return first.get(c) || caseInsensitive && c >= 0x80 && hasCase(c);
        }
        if (literals != null && s instanceof String text) {
            for (String literal : literals) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** {@code (?} other than a plain non-capturing group: flags and look-arounds, which this reading does not follow. */
    private static boolean hasSpecialGroup(String regex) {
        for (int i = 0; i + 2 < regex.length(); i++) {
            if (regex.charAt(i) == '\\') {
                i++;
            } else if (regex.charAt(i) == '(' && regex.charAt(i + 1) == '?' && regex.charAt(i + 2) != ':') {
                return true;
            }
        }
        return regex.endsWith("(?");
    }

    private static boolean hasCase(char c) {
        return Character.toLowerCase(c) != c || Character.toUpperCase(c) != c || Character.toTitleCase(c) != c
                || Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** A char that stands for itself alone under the flags. */
    private static boolean plainChar(char c, boolean ci) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return !ci || (c < 0x80 ? !Character.isLetter(c) : !hasCase(c));
    }

    /** The pattern's top-level alternatives (split at {@code |} outside groups and classes). */
    static List<String> topLevel(String regex) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int end = sequenceEnd(regex, from);
            if (end >= regex.length()) {
                out.add(regex.substring(from));
                return out;
            }
            out.add(regex.substring(from, end));
            from = end + 1;
        }
    }

    /**
     * Where the sequence that starts at {@code from} ends: at the first {@code |} outside groups and classes,
     * at a {@code )} that closes a group opened before {@code from}, or at the end ({@code regex.length()},
     * or one past it after a trailing backslash).
     */
    private static int sequenceEnd(String regex, int from) {
        int depth = 0;
        boolean inClass = false;
        int i = from;
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == '|' && depth == 0) {
                break;
            }
        }
        return i;
    }

    /**
     * The longest run of plain chars outside groups and classes, none of them under a quantifier, in one
     * alternative: chars every match of it holds in a row. Null when there is none.
     */
    private static String longestLiteral(String alternative, boolean ci) {
        String best = null;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            char literal = 0;
            boolean isLiteral = false;
            if (c == '\\') {
                if (i + 1 >= alternative.length()) {
                    throw new Unreadable();
                }
                char e = alternative.charAt(++i);
                if (depth == 0 && !inClass && !Character.isLetterOrDigit(e)) {
                    literal = e;
                    isLiteral = true;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && ".^$|?*+{}".indexOf(c) < 0) {
                literal = c;
                isLiteral = true;
            }
            boolean quantified = i + 1 < alternative.length() && "?*+{".indexOf(alternative.charAt(i + 1)) >= 0;
            if (isLiteral && !quantified && plainChar(literal, ci)) {
                run.append(literal);
                continue;
            }
            if (run.length() > 0 && (best == null || run.length() > best.length())) {
                best = run.toString();
            }
            run.setLength(0);
        }
        if (run.length() > 0 && (best == null || run.length() > best.length())) {
            best = run.toString();
        }
        return best;
    }

    /** A pattern this reading does not follow. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** The chars a piece of pattern may open with (null: any), and whether it may match nothing. */
    private record Seq(BitSet first, boolean nullable) {
    }

    /**
     * Reads a sequence of a pattern from a position: literal chars, escaped punctuation, groups of
     * alternatives, {@code $}, each with an optional quantifier; anything else makes the opening chars
     * unknown (null), which is only harmful where the sequence has not yet met a piece that cannot be empty.
     */
    private static final class Reader {
        private final String regex;
        private final boolean ci;
        private int i;

        Reader(String regex, int at, boolean ci) {
            this.regex = regex;
            this.i = at;
            this.ci = ci;
        }

        boolean complete() {
            return i == regex.length();
        }

        /** Alternatives up to a {@code )} or the end. */
        Seq alternatives() {
            BitSet first = new BitSet();
            boolean nullable = false;
            while (true) {
                Seq s = sequence();
                if (s.first == null) {
                    while (i < regex.length() && regex.charAt(i) == '|') {
                        i++;
                        skipRest();
                    }
                    return new Seq(null, true);
                }
                first.or(s.first);
                nullable |= s.nullable;
                if (i < regex.length() && regex.charAt(i) == '|') {
                    i++;
                    continue;
                }
                return new Seq(first, nullable);
            }
        }

        /** Pieces up to a {@code |}, a {@code )} or the end. */
        Seq sequence() {
            BitSet first = new BitSet();
            while (i < regex.length() && regex.charAt(i) != '|' && regex.charAt(i) != ')') {
                Seq piece = piece();
                if (piece.first == null) {
                    return skipRest();
                }
                first.or(piece.first);
                if (!piece.nullable) {
                    skipRest(); // what follows a piece that cannot be empty does not open a match
                    return new Seq(first, false);
                }
            }
            return new Seq(first, true);
        }

        /** Unknown: reads to the end of this sequence so that the caller's position stays right. */
        private Seq skipRest() {
            i = sequenceEnd(regex, i);
            return new Seq(null, true);
        }

        private Seq piece() {
            char c = regex.charAt(i);
            Seq atom;
            if (c == '(') {
                i++;
                if (regex.startsWith("?:", i)) {
                    i += 2;
                }
                atom = alternatives();
                if (i >= regex.length() || regex.charAt(i) != ')') {
                    throw new Unreadable();
                }
                i++;
            } else if (c == '$') {
                i++;
                atom = new Seq(new BitSet(), true);
            } else if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    throw new Unreadable();
                }
                char e = regex.charAt(i + 1);
                i += 2;
                atom = Character.isLetterOrDigit(e) ? unknownAtom() : literal(e);
            } else if (c == '[') {
                skipClass();
                atom = unknownAtom();
            } else if (".^*+?{}".indexOf(c) >= 0) {
                i++;
                atom = unknownAtom();
            } else {
                i++;
                atom = literal(c);
            }
            return quantified(atom);
        }

        private Seq unknownAtom() {
            return new Seq(null, true);
        }

        private Seq literal(char c) {
            if (Character.isSurrogate(c) || ci && c >= 0x80 && hasCase(c)) {
                return unknownAtom();
            }
            BitSet set = new BitSet();
            set.set(c);
            if (ci && c < 0x80) {
                set.set(Character.toLowerCase(c));
                set.set(Character.toUpperCase(c));
            }
            return new Seq(set, false);
        }

        private void skipClass() {
            i++; // '['
            if (i < regex.length() && regex.charAt(i) == '^') {
                i++;
            }
            if (i < regex.length() && regex.charAt(i) == ']') {
                i++;
            }
            int depth = 1;
            for (; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    i++;
                    return;
                }
            }
            throw new Unreadable();
        }

        /** The atom under the quantifier that follows it, if any: {@code ? * {0,…}} make it optional. */
        private Seq quantified(Seq atom) {
            if (i >= regex.length()) {
                return atom;
            }
            char q = regex.charAt(i);
            boolean optional;
            if (q == '?' || q == '*') {
                i++;
                optional = true;
            } else if (q == '+') {
                i++;
                optional = false;
            } else if (q == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0) {
                    throw new Unreadable();
                }
                String body = regex.substring(i + 1, close);
                int comma = body.indexOf(',');
                String min = comma < 0 ? body : body.substring(0, comma);
                try {
                    optional = Integer.parseInt(min.strip()) == 0;
                } catch (NumberFormatException e) {
                    throw new Unreadable();
                }
                i = close + 1;
            } else {
                return atom;
            }
            if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
                i++; // lazy or possessive: the same chars
            }
            return new Seq(atom.first, atom.nullable || optional);
        }
    }
}
