package org.mirsad.dedup;

/**
 * Which member of a duplicate group is its canonical article: the earliest publication date (an
 * article with no date comes after every dated one), then the most complete text (more body words),
 * then the smallest exact-text hash, then the smallest copy hash (headline, outlet, URL and place in
 * the file), then the smallest id. Arrival order plays no part, so any order of input elects the same
 * one; and since ids hash the input file's absolute path, both hashes come before them, so that the
 * same crawl read from another folder elects the same article (only the same record read twice, or
 * files of the same name holding the same record at the same place, still fall to the id).
 *
 * <p>Earliest first because the first publication is usually the source the others copied (the
 * agency's or the outlet's own); most complete next because a truncated republication should not
 * represent the story.
 */
public final class CanonicalRule {

    private CanonicalRule() {
    }

    /** Negative when the first article is the better canonical. */
    public static int compare(int dateA, int wordsA, long textA, long copyA, String idA, int dateB, int wordsB,
                              long textB, long copyB, String idB) {
        if (dateA != dateB) {
            return Integer.compare(dateA, dateB);
        }
        if (wordsA != wordsB) {
            return Integer.compare(wordsB, wordsA);
        }
        if (textA != textB) {
            return Long.compare(textA, textB);
        }
        if (copyA != copyB) {
            return Long.compare(copyA, copyB);
        }
        return idA.compareTo(idB);
    }
}
