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
        int i = 0;
        while (i < paragraph.length()) {
            char close = closing(paragraph.charAt(i));
            if (close == 0) {
                i++;
                continue;
            }
            int end = paragraph.indexOf(close, i + 1);
            if (end < 0) {
                end = paragraph.length();
            }
            out.add(new QuoteSpan(i, end, paragraph.substring(i + 1, end).strip()));
            i = end + 1;
        }
        return out;
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
