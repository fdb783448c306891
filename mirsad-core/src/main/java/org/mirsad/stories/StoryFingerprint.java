package org.mirsad.stories;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the story clusterer keeps of one article: its strongest terms with their weights in the
 * article (term frequency, place-weighted), its entity ids and its date. Fixed size whatever the
 * article's length, so that memory grows with the number of articles, not their text.
 *
 * @param articleId the article
 * @param copyHash  what tells it from its exact copies without the input's folder
 *                  ({@link org.mirsad.model.ArticleId#copyHash}); 0 when unknown
 * @param terms     at most {@link StoryClusterer.Options#termsPerArticle()} stems
 * @param weights   the term frequency of each term, same order
 * @param entities  entity ids (PER, ORG, LOC) named in the article
 * @param date      its publication date, or null when unknown
 */
record StoryFingerprint(String articleId, long copyHash, String[] terms, float[] weights, Set<String> entities, LocalDate date) {

    /**
     * A hash of what the article says (its strongest terms and their weights): the same for the same
     * text wherever it was read from, where its id is not. {@link String#hashCode} is specified, so the order it gives is the
     * same on every JVM.
     */
    int contentHash() {
        return 31 * java.util.Arrays.hashCode(terms) + java.util.Arrays.hashCode(weights);
    }
}
