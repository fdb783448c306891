package org.mirsad.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted runs in a paragraph: «…», “…” and "…". A quote left open runs to the end of the paragraph
 * (crawled pages often lose the closing mark at a paragraph or page end); a quote may span sentences.
 */
final class QuoteMarks {

    static final char LEFT_GUILLEMET = '\u00AB';
    static final char RIGHT_GUILLEMET = '\u00BB';
    static final char LEFT_DOUBLE_QUOTATION_MARK = '\u201C';
    static final char RIGHT_DOUBLE_QUOTATION_MARK = '\u201D';
    static final char QUOTATION_MARK = '"';

    private QuoteMarks() {
    }

    static List<QuoteSpan> spans(String paragraph) {
        List<QuoteSpan> out = new ArrayList<>();
        for (int i = nextOpening(paragraph, 0); i >= 0; ) {
            char close = closing(paragraph.charAt(i));
            int end = paragraph.indexOf(close, i + 1);
            if (end < 0) {
                end = paragraph.length();
            }
            out.add(new QuoteSpan(i, end, paragraph.substring(i + 1, end).strip()));
            i = nextOpening(paragraph, end + 1);
        }
        return out;
    }

    /**
     * Where the first opening mark at or after {@code from} stands, or -1: three {@code indexOf} scans (the
     * JIT's vector search) where a switch per char read every paragraph, most of which quote nothing.
     */
    private static int nextOpening(String paragraph, int from) {
        int at = first(-1, paragraph.indexOf(LEFT_GUILLEMET, from));
        at = first(at, paragraph.indexOf(LEFT_DOUBLE_QUOTATION_MARK, from));
        return first(at, paragraph.indexOf(QUOTATION_MARK, from));
    }

    /** The earlier of two places, either -1 for none. */
    private static int first(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static char closing(char open) {
        switch (open) {
            case LEFT_GUILLEMET:
                return RIGHT_GUILLEMET;
            case LEFT_DOUBLE_QUOTATION_MARK:
                return RIGHT_DOUBLE_QUOTATION_MARK;
            case QUOTATION_MARK:
                return QUOTATION_MARK;
            default:
                return 0;
        }
    }
}
