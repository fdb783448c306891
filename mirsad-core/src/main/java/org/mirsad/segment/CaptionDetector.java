package org.mirsad.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mirsad.model.Caption;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.WordCount;

/**
 * Tells photo captions from body text. A line is a caption when it ends with a photo credit
 * ({@code (أ.ب)}, {@code (أرشيفية - رويترز)}), recurs on the page (a bulleted caption with its
 * indented repeat), or begins
 * as captions do ({@code صورة …}, {@code لقطة …}), and in every case does not end as a sentence does.
 * Credits and cue phrases are data: {@code photo-credits.txt}, {@code caption-cues.txt}.
 */
final class CaptionDetector {

    private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()]{1,40})\\)\\s*$");
    private static final Pattern CREDIT_SEPARATORS = Pattern.compile("[\\s\\-–—/،,|]+");
    /** Captions are short; a longer line is prose even with a credit-like ending. */
    private static final int MAX_CAPTION_WORDS = 60;
    private static final int MAX_CUED_CAPTION_WORDS = 40;

    /** Each credit word in line-key form with separators as single spaces, padded: what {@link #isCredit} looks for. */
    private final List<String> creditWords;
    private final List<String> cues;

    CaptionDetector(List<String> creditWords, List<String> cues) {
        this.creditWords = creditWords.stream().map(LineText::key).distinct()
                .map(w -> " " + CREDIT_SEPARATORS.matcher(w).replaceAll(" ") + " ").toList();
        this.cues = cues.stream().map(LineText::key).distinct().toList();
    }

    static CaptionDetector standard() {
        return new CaptionDetector(TsvResource.lines(CaptionDetector.class, "photo-credits.txt"),
                TsvResource.lines(CaptionDetector.class, "caption-cues.txt"));
    }

    /** The caption this line is, if it is one; {@code repeated} says the line occurs again on the page. */
    Optional<Caption> caption(String line, boolean repeated) {
        Caption c = split(LineText.withoutBullet(line));
        if (c.text().isEmpty()) {
            return Optional.empty();
        }
        // A line that ends as a sentence is never a caption: most lines of a page stop here, before their
        // words are counted (the assembler asks about a line several times).
        if (LineText.endsWithSentenceMark(c.text())) {
            return Optional.empty();
        }
        // A bullet alone does not make a caption: bulleted lists are common in news prose
        // (SaudiNewsNet); a bulleted caption repeats (seed 002 lines 5-6) or carries a credit.
        if (repeated) {
            return Optional.of(c);
        }
        int words = WordCount.of(c.text());
        boolean isCaption = (c.credit() != null && words <= MAX_CAPTION_WORDS)
                || (words <= MAX_CUED_CAPTION_WORDS && startsWithCue(c.text())); // the cue test last: it keys the whole line
        return isCaption ? Optional.of(c) : Optional.empty();
    }

    /** The caption text and its credit, when the line ends with a parenthesised credit. */
    Caption split(String line) {
        String s = line.strip();
        if (!endsWithParen(s)) {
            return new Caption(s, null); // most lines: no search for a parenthesis at every char
        }
        Matcher m = TRAILING_PARENS.matcher(s);
        if (m.find() && isCredit(m.group(1))) {
            return new Caption(s.substring(0, m.start()).strip(), m.group(1).strip());
        }
        return new Caption(s, null);
    }

    /**
     * Whether {@code s} ends as {@link #TRAILING_PARENS} needs: {@code )}, then only {@code \\s} chars, then
     * the end or a last line terminator ({@code $} without MULTILINE).
     */
    static boolean endsWithParen(String s) {
        int i = s.length() - 1;
        if (i >= 0 && (s.charAt(i) == '\u0085' || s.charAt(i) == '\u2028' || s.charAt(i) == '\u2029')) {
            i--; // the terminators beside \n and \r, which \s takes anyway
        }
        while (i >= 0 && isRegexSpace(s.charAt(i))) {
            i--;
        }
        return i >= 0 && s.charAt(i) == ')';
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private boolean isCredit(String inParens) {
        String key = " " + CREDIT_SEPARATORS.matcher(LineText.key(inParens)).replaceAll(" ") + " ";
        for (String word : creditWords) {
            if (key.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithCue(String text) {
        String key = LineText.key(text);
        for (String cue : cues) {
            if (key.startsWith(cue) && (key.length() == cue.length() || !Character.isLetter(key.charAt(cue.length())))) {
                return true;
            }
        }
        return false;
    }
}
