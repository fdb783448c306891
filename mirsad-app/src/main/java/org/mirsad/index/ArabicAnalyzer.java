package org.mirsad.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Mirsad's Arabic analysis chain: standard tokens, lower case, the text layer's matching form,
 * stop words, (at index time) proclitic variants, then either Lucene's light stemmer (Larkey's
 * light-10, clitic-aware: ال وال بال كال فال لل و and pronoun suffixes) for the text fields, or the
 * consonant {@link Skeleton} for the spelling-variant field. The analyzer only wires the parts.
 */
public final class ArabicAnalyzer extends Analyzer {

    /** Index time adds proclitic variants; query time keeps the user's words as written. */
    public enum Side { INDEX, QUERY }

    /**
     * Light stems for the text fields, or consonant skeletons for the variant field; or neither (the chain up
     * to both, {@link #reduce} adds either), for an index lane that takes the two from one analysis
     * ({@link SkeletonTokens}).
     */
    public enum Form { STEM, SKELETON, UNREDUCED }

    private final Side side;
    private final Form form;

    public ArabicAnalyzer(Side side, Form form) {
        this.side = side;
        this.form = form;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new MatchingFormFilter(ts);
        ts = new StopFilter(ts, StopWords.arabic());
        if (side == Side.INDEX) {
            ts = new ProcliticFilter(ts);
        }
        return new TokenStreamComponents(source, reduce(ts, form));
    }

    /** The last step of the chain: light stems, consonant skeletons, or none. */
    static TokenStream reduce(TokenStream ts, Form form) {
        return switch (form) {
            case STEM -> new ArabicStemFilter(ts);
            case SKELETON -> new SkeletonFilter(ts);
            case UNREDUCED -> ts;
        };
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new MatchingFormFilter(new LowerCaseFilter(in));
    }
}
