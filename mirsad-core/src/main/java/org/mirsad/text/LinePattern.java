package org.mirsad.text;

import java.util.regex.Pattern;

/**
 * A regular expression searched for in a line, {@code find}'s answer at the least cost: a pattern that
 * can only match at the start is tried there once ({@code lookingAt}) instead of at every character.
 *
 * @param pattern the compiled expression
 * @param atStart whether every match starts at the input's start ({@link #anchoredAtStart})
 */
public record LinePattern(Pattern pattern, boolean atStart) {

    public static LinePattern compile(String regex, int flags) {
        return new LinePattern(Pattern.compile(regex, flags), anchoredAtStart(regex));
    }

    public static LinePattern compile(String regex) {
        return compile(regex, 0);
    }

    /** Whether the pattern is found in {@code s}, as {@code pattern.matcher(s).find()} answers. */
    public boolean foundIn(CharSequence s) {
        return atStart ? pattern.matcher(s).lookingAt() : pattern.matcher(s).find();
    }

    /**
     * Whether a regular expression opens with {@code ^} and has no {@code |} outside a group or class,
     * so that every match starts at the input's start (without MULTILINE, {@code ^} holds nowhere else).
     */
    static boolean anchoredAtStart(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < regex.length(); i++) {
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
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }
}
