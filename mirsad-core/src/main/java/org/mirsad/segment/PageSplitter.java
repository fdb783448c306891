package org.mirsad.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the lines of one page into the line runs of its articles. A new article starts
 * <ul>
 *   <li>after a "read also" line ({@link LineKind#READ_ALSO});</li>
 *   <li>at a headline-like line after a run of two or more blank lines (paragraphs are separated by
 *       one);</li>
 *   <li>at a headline-like line after prose that opens a headline block: captions, then a site
 *       marker such as {@code TT}, before any prose.</li>
 * </ul>
 * Each run keeps its noise lines; the assembler skips them.
 */
final class PageSplitter {

    /** How far a headline block's site marker may be from its headline, in non-blank lines. */
    static final int BLOCK_LOOKAHEAD = 6;

    private PageSplitter() {
    }

    static List<List<PageLine>> split(List<PageLine> lines) {
        List<List<PageLine>> runs = new ArrayList<>();
        List<PageLine> current = new ArrayList<>();
        int texts = 0;
        int blanks = 0;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            switch (line.kind()) {
                case BLANK -> blanks++;
                case READ_ALSO -> {
                    close(runs, current);
                    current = new ArrayList<>();
                    texts = 0;
                    blanks = 0;
                }
                default -> {
                    if (line.isText() && texts >= 2 && SubheadDetector.isHeadlineLike(line.text())
                            && (blanks >= 2 || afterProse(current) && opensHeadlineBlock(lines, i))) {
                        close(runs, current);
                        current = new ArrayList<>();
                        texts = 0;
                    }
                    current.add(line);
                    texts += line.isText() ? 1 : 0;
                    blanks = 0;
                }
            }
        }
        close(runs, current);
        return runs;
    }

    /** True when the run so far ends with a line of prose (a headline block never follows a caption). */
    private static boolean afterProse(List<PageLine> current) {
        for (int i = current.size() - 1; i >= 0; i--) {
            if (current.get(i).isText()) {
                return LineText.endsWithSentenceMark(current.get(i).text());
            }
        }
        return false;
    }

    private static boolean opensHeadlineBlock(List<PageLine> lines, int at) {
        int seen = 0;
        for (int i = at + 1; i < lines.size() && seen < BLOCK_LOOKAHEAD; i++) {
            PageLine l = lines.get(i);
            if (l.kind() == LineKind.MARKER) {
                return true;
            }
            if (l.kind() == LineKind.BLANK) {
                continue;
            }
            if (l.isText() && LineText.endsWithSentenceMark(l.text())) {
                return false;
            }
            seen++;
        }
        return false;
    }

    private static void close(List<List<PageLine>> runs, List<PageLine> current) {
        if (current.stream().anyMatch(PageLine::isText)) {
            runs.add(List.copyOf(current));
        }
    }
}
