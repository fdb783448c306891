package org.mirsad.segment;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.FoldedPhrases;
import org.mirsad.text.WordCount;

/**
 * Subheadings and headlines by their shape: a subheading is a short line with no sentence mark at
 * its end, sitting between paragraphs. Crawls often glue a subheading to the next paragraph with no
 * space ({@code مقتل 6 جنود روسفي سياق متصل، …}); {@link #splitGlued} finds the seam where a known
 * paragraph opener (data file {@code paragraph-openers.txt}) follows a word's last letter.
 */
final class SubheadDetector {

    static final int MAX_SUBHEAD_WORDS = 12;
    static final int MAX_SUBHEAD_CHARS = 100;
    static final int MAX_HEADLINE_WORDS = 30;
    /** A glued subheading has at least this many words before the seam. */
    static final int MIN_GLUED_HEAD_WORDS = 2;

    /** The openers folded, longest first: a longer opener's seam wins over one inside it. */
    private final FoldedPhrases openers;

    SubheadDetector(List<String> openers) {
        this.openers = new FoldedPhrases(openers.stream().map(FoldedText::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    static SubheadDetector standard() {
        return new SubheadDetector(TsvResource.lines(SubheadDetector.class, "paragraph-openers.txt"));
    }

    // the cheap tests first: the ending is read from the end, most lines are prose and stop there
    static boolean isSubheadLike(String text) {
        if (LineText.endsWithSentenceMark(text) || text.strip().length() > MAX_SUBHEAD_CHARS) {
            return false;
        }
        int words = WordCount.of(text);
        return words >= 1 && words <= MAX_SUBHEAD_WORDS;
    }

    static boolean isHeadlineLike(String text) {
        if (LineText.endsWithSentenceMark(text)) {
            return false;
        }
        int words = WordCount.of(text);
        return words >= 1 && words <= MAX_HEADLINE_WORDS;
    }

    /**
     * A glued subheading and its paragraph, {@code [subhead, paragraph]}, or an empty list when the
     * line has no such seam.
     */
    List<String> splitGlued(String line) {
        return splitGlued(line, new FoldedText(line));
    }

    /** {@link #splitGlued(String)} of a line whose {@link FoldedText} is at hand. */
    List<String> splitGlued(String line, FoldedText text) {
        for (long hit : openers.find(text.chars(), text.length(), 1)) { // each opener in turn, each of its places in turn
            String opener = openers.phrase(FoldedPhrases.index(hit));
            int at = FoldedPhrases.place(hit);
            int after = at + opener.length();
            boolean gluedBefore = Character.isLetter(text.charAt(at - 1));
            boolean wordAfter = after == text.length() || !Character.isLetter(text.charAt(after));
            if (!gluedBefore || !wordAfter) {
                continue;
            }
            String head = line.substring(0, text.origin(at)).strip();
            String rest = line.substring(text.origin(at)).strip();
            if (isGluedHead(head) && WordCount.of(rest) > WordCount.of(opener)) {
                return List.of(head, rest);
            }
        }
        return List.of();
    }

    /** The spaces between words, compiled once ({@code String.split("\\s+")} compiled it per call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The words before a seam must look like a subheading whose last word is a real word. */
    private static boolean isGluedHead(String head) {
        String[] words = SPACES.split(head);
        return words.length >= MIN_GLUED_HEAD_WORDS && isSubheadLike(head) && words[words.length - 1].length() >= 2
                && head.chars().noneMatch(c -> ".!?,\u060C\u061B\u061F".indexOf(c) >= 0);
    }
}
