package org.mirsad.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.mirsad.text.ArabicNormalizer;

/**
 * Puts each token into the text layer's matching form ({@link ArabicNormalizer#normalize}): alef
 * forms, alef maqsura, ta marbuta, diacritics, tatweel, Persian letters, Arabic-Indic digits. A thin
 * adapter in the manner of Lucene's {@code ArabicNormalizationFilter}; the rules live in the text layer.
 */
public final class MatchingFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public MatchingFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String folded = ArabicNormalizer.normalize(word);
        // normalize hands the same string back when nothing changes (most words): the term is already it
        if (folded != word) {
            term.setEmpty().append(folded);
        }
        return true;
    }
}
