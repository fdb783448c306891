package org.mirsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text, as {@code text.split("\\R", -1)} gives them (every kind of line break, CR LF as
 * one, empty lines and a trailing empty line kept), without a regular expression: the segmenter and
 * the outlet detector split every page.
 */
public final class Lines {

    /**
     * The text each thread split last and its lines: the outlet signatures (a page step) and then the segmenter
     * split the same page text, one after the other on the same thread, and the second gets a copy of the array.
     * Keyed by the text's identity: a string never changes, so the same instance has the same lines.
     */
    private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

    /** The longest text {@link #LAST} holds (a page is a few thousand chars; a whole text file may be huge). */
    private static final int MEMO_MAX = 1 << 20;

    private static final class Last {
        String text;
        String[] lines;
    }

    private Lines() {
    }

    /** The lines of {@code text}; a fresh array each call, which the caller may keep or change. */
    public static String[] split(String text) {
        if (text.length() > MEMO_MAX) {
            return cut(text); // a whole text file: not held by the thread after its use
        }
        Last last = LAST.get();
        if (last.text != text) {
            last.lines = cut(text);
            last.text = text;
        }
        return last.lines.clone();
    }

    private static String[] cut(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        if (onlyNewlines(text)) {
            // most pages break lines with LF alone: a vectorised search for each, no char loop
            int start = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
            out.add(text.substring(start));
            return out.toArray(new String[0]);
        }
        int start = 0;
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

    /** Whether LF is the only line break in {@code text}: one vectorised search per other break char. */
    private static boolean onlyNewlines(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\u000B') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    }

    /** A line break {@code \R} matches alone (CR is handled apart: CR LF is one break). */
    private static boolean isBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
