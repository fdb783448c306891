package org.mirsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text, as {@code text.split("\\R", -1)} gives them (every kind of line break, CR LF as
 * one, empty lines and a trailing empty line kept), without a regular expression: the segmenter and
 * the outlet detector split every page.
 */
public final class Lines {

    private Lines() {
    }

    public static String[] split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.add(text.substring(start, i));
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            } else if (isBreak(c)) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** A line break {@code \R} matches alone (CR is handled apart: CR LF is one break). */
    private static boolean isBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
