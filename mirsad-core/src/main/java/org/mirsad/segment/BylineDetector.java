package org.mirsad.segment;

import java.util.regex.Pattern;

/**
 * Bylines and datelines on a line of their own: {@code عين اليوم – متابعات}, {@code الرياض - واس},
 * {@code فايز الحسيكي – عين اليوم}: two or three short parts joined by a dash, no sentence mark.
 * In SaudiNewsNet they open (or close) a third of some outlets' articles. They are not body text;
 * the assembler keeps the first as the article's author line (SourceMetadata.author) when the
 * source gives none, so the agency in a dateline is not lost.
 */
final class BylineDetector {

    /** Parts of at most four words joined by an en/em dash, a hyphen or a tatweel used as a dash. */
    private static final Pattern BYLINE = Pattern.compile(
            "^[^\\s.!?؟،,;؛]+(\\s[^\\s.!?؟،,;؛–—-]+){0,3}(\\s[–—\\-ـ]\\s[^\\s.!?؟،,;؛]+(\\s[^\\s.!?؟،,;؛–—-]+){0,3}){1,2}$");

    private BylineDetector() {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    static boolean isByline(String line) {
        if (!mayBeByline(line)) {
            return false;
        }
        String s = SPACES.matcher(line.strip()).replaceAll(" ");
        return !s.isEmpty() && !LineText.endsWithSentenceMark(s) && BYLINE.matcher(s).matches();
    }

    /**
     * What {@link #BYLINE} needs, checked in one pass before any copy or regular expression (every line of
     * every page is asked): a dash and none of the sentence marks no part of it may hold. Prose fails here.
     */
    private static boolean mayBeByline(String line) {
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '.', '!', '?', '\u061F', '\u060C', ',', ';', '\u061B':
                    return false;
                case '\u2013', '\u2014', '-', '\u0640':
                    dash = true;
                    break;
                default:
                    break;
            }
        }
        return dash;
    }
}
