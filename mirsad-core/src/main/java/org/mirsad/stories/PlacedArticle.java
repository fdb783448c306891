package org.mirsad.stories;

/**
 * An article as the clusterer compares it: its fingerprint, and its weighted vector computed once
 * (term ids ascending, unit length), so that a comparison needs no lookup of weights. Once the
 * article is settled into its story, only the fingerprint is kept ({@link #settled}): the vector is
 * in the story's centroid, and the fingerprint is what is saved.
 *
 * @param fingerprint what is saved of the article
 * @param termIds     its terms' ids in the clusterer's dictionary, ascending
 * @param unit        the tf-idf weight of each, the vector scaled to length 1
 * @param query       ids of its strongest terms, looked up in the term index to find candidates
 */
record PlacedArticle(StoryFingerprint fingerprint, int[] termIds, float[] unit, int[] query) {

    /** The article with its fingerprint only (vector fields null). */
    PlacedArticle settled() {
        return new PlacedArticle(fingerprint, null, null, null);
    }
}
