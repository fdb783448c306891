package org.mirsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * The terms a text is indexed and searched by, through this layer: tokens ({@link ArabicTokenizer}),
 * lower case, Lucene's Arabic stop words, the matching form ({@link ArabicNormalizer}, which also
 * folds digits) and Lucene's light stem. The same chain as Lucene's {@link ArabicAnalyzer}, so its
 * test vectors hold here too; punctuation is dropped.
 */
public final class IndexTerms {

    private static final CharArraySet STOP_WORDS = ArabicAnalyzer.getDefaultStopSet();

    private IndexTerms() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : ArabicTokenizer.tokenize(text)) {
            if (t.type() == Token.Type.PUNCTUATION) {
                continue;
            }
            String lower = t.surface().toLowerCase(Locale.ROOT);
            if (STOP_WORDS.contains(lower)) {
                continue;
            }
            out.add(LightStemmer.stem(ArabicNormalizer.normalize(lower)));
        }
        return out;
    }
}
