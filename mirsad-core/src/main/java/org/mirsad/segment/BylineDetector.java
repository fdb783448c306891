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

    static boolean isByline(String line) {
        String s = line.strip().replaceAll("[\\s\\p{Z}]+", " ");
        return !s.isEmpty() && !LineText.endsWithSentenceMark(s) && BYLINE.matcher(s).matches();
    }
}
