package org.mirsad.text;

import java.util.regex.Pattern;

/**
 * A regular expression searched for in a line, {@code find}'s answer at the least cost: a pattern that
 * can only match at the start is tried there once ({@code lookingAt}) instead of at every character, and
 * only on a line that opens with a char a match may open with; a pattern that may match anywhere only
 * on a line that holds a literal every match holds ({@link PatternGate}).
 *
 * @param pattern the compiled expression
 * @param atStart whether every match starts at the input's start ({@link #anchoredAtStart})
 * @param gate    what a line needs before the pattern is tried
 */
public record LinePattern(Pattern pattern, boolean atStart, PatternGate gate) {

    public static LinePattern compile(String regex, int flags) {
        boolean atStart = anchoredAtStart(regex);
        return new LinePattern(Pattern.compile(regex, flags), atStart, PatternGate.of(regex, flags, atStart));
    }

    public static LinePattern compile(String regex) {
        return compile(regex, 0);
    }

    /** Whether the pattern is found in {@code s}, as {@code pattern.matcher(s).find()} answers. */
    public boolean foundIn(CharSequence s) {
        if (!gate.mayMatch(s)) {
            return false;
        }
        return atStart ? pattern.matcher(s).lookingAt() : pattern.matcher(s).find();
    }

    /**
     * Whether a regular expression opens with {@code ^} and has no {@code |} outside a group or class,
     * so that every match starts at the input's start (without MULTILINE, {@code ^} holds nowhere else).
     */
    static boolean anchoredAtStart(String regex) {
        return regex.startsWith("^") && PatternGate.topLevel(regex).size() == 1;
    }
}
