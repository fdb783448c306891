package org.mirsad.dedup;

/**
 * Which member of a duplicate group is its canonical article: the earliest publication date (an
 * article with no date comes after every dated one), then the most complete text (more body words),
 * then the smallest exact-text hash, then the smallest id. Arrival order plays no part, so any order
 * of input elects the same one; and since ids hash the input file's path, the text hash comes before
 * them, so that the same crawl read from another folder elects the same texts (only exact copies,
 * whose text is the same anyway, still fall to the id).
 *
 * <p>Earliest first because the first publication is usually the source the others copied (the
 * agency's or the outlet's own); most complete next because a truncated republication should not
 * represent the story.
 */
public final class CanonicalRule {

    private CanonicalRule() {
    }

    /** Negative when the first article is the better canonical. */
    public static int compare(int dateA, int wordsA, long textA, String idA, int dateB, int wordsB, long textB,
                              String idB) {
        if (dateA != dateB) {
            return Integer.compare(dateA, dateB);
        }
        if (wordsA != wordsB) {
            return Integer.compare(wordsB, wordsA);
        }
        if (textA != textB) {
            return Long.compare(textA, textB);
        }
        return idA.compareTo(idB);
    }
}
