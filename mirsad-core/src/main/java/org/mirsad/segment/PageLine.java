package org.mirsad.segment;

/**
 * One line of a page.
 *
 * @param number 1-based line number in the page
 * @param text   the line, stripped (bullets kept: the caption detector reads them)
 * @param key    the comparison key ({@link LineText#key}): equal keys are the same line
 * @param kind   what the line is
 * @param folded the text's {@link FoldedText}, made once for the segmenter's searches of glued phrases
 *               (the boilerplate's, then the paragraph openers'), or null when none was made of it
 */
record PageLine(int number, String text, String key, LineKind kind, FoldedText folded) {

    /** {@link #folded}, made now when there is none. */
    FoldedText foldedText() {
        return folded != null ? folded : new FoldedText(text);
    }

    boolean isText() {
        return kind == LineKind.TEXT;
    }
}
