package org.mirsad.text;

import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Light stemming is Lucene's: {@link ArabicStemmer} (Larkey, Ballesteros and Connell 2002, light-10:
 * the article and its fusions, و, and ten suffixes). We add nothing to it, so that what the index
 * stems and what Mirsad matches agree.
 */
public final class LightStemmer {

    private static final ArabicStemmer STEMMER = new ArabicStemmer();

    private LightStemmer() {
    }

    /** The light stem of one word (normalised or not; Lucene's vectors use raw input). */
    public static String stem(String word) {
        if (word == null || word.isEmpty()) {
            return "";
        }
        char[] buf = word.toCharArray();
        return new String(buf, 0, STEMMER.stem(buf, buf.length));
    }
}
