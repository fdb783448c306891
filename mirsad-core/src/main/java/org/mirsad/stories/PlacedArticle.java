package org.mirsad.stories;

/**
 * An article as the clusterer compares it: its fingerprint, and its weighted vector computed once
 * (term ids ascending, unit length), so that a comparison is one merge of two sorted arrays.
 *
 * @param fingerprint what is saved of the article
 * @param termIds     its terms' ids in the clusterer's dictionary, ascending
 * @param unit        the tf-idf weight of each, the vector scaled to length 1
 * @param query       ids of its strongest terms, looked up in the term index to find candidates
 */
record PlacedArticle(StoryFingerprint fingerprint, int[] termIds, float[] unit, int[] query) {
}
