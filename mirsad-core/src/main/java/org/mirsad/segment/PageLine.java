package org.mirsad.segment;

/**
 * One line of a page.
 *
 * @param number 1-based line number in the page
 * @param text   the line, stripped (bullets kept: the caption detector reads them)
 * @param key    the comparison key ({@link LineText#key}): equal keys are the same line
 * @param kind   what the line is
 */
record PageLine(int number, String text, String key, LineKind kind) {

    boolean isText() {
        return kind == LineKind.TEXT;
    }
}
