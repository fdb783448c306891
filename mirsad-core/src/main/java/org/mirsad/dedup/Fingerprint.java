package org.mirsad.dedup;

/**
 * What the duplicate index keeps of one article: a fixed number of bytes whatever the text's length
 * (the text itself is never kept).
 *
 * @param id         the article id
 * @param exactHash  hash of the body's word sequence (exact duplicates)
 * @param copyHash   hash of what tells exact copies apart without the input's folder: headline,
 *                   outlet, URL and the record's place in its file (the canonical rule's last
 *                   tie-break before the id); 0 when unknown
 * @param words      body length in words ("most complete text" in the canonical rule)
 * @param shingles   number of distinct shingles (set size, for the containment estimate)
 * @param dateRank   publication date as epoch day, or {@link #NO_DATE}
 * @param bandKeys   one 32-bit key per LSH band, from the full MinHash values of its rows
 * @param sketch     the low 16 bits of each MinHash value: b-bit MinHash (Li and König, WWW 2010);
 *                   two different values agree by chance once in 65,536, a bias far below the
 *                   estimate's own error
 */
public record Fingerprint(String id, long exactHash, long copyHash, int words, int shingles, int dateRank, int[] bandKeys,
                          short[] sketch) {

    /** Sorts after every real date: an article with no date is never preferred for its date. */
    public static final int NO_DATE = Integer.MAX_VALUE;

    public Fingerprint {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
    }

    /** No words in the body: nothing to compare, never a duplicate. */
    public boolean isEmpty() {
        return words == 0;
    }
}
