package org.mirsad.stories;

import java.util.HashMap;
import java.util.Map;
import org.mirsad.model.Article;
import org.mirsad.text.ArabicTokenizer;
import org.mirsad.text.LightStemmer;
import org.mirsad.text.Token;
import org.mirsad.tokens.ArticleTokens;
import org.mirsad.tokens.WordRecord;

/**
 * The weighted terms of an article for story similarity: light stems ({@link LightStemmer}, Lucene's,
 * which strips the clitics و ف ب ل ك ال and common suffixes) of the matching form, stop words out.
 * Where a word stands counts: the headline says most about what a story is (weight 3), the lede and
 * the first paragraphs next (2), the rest of the body least (1); captions are left out, since photos
 * are often archive pictures of another event.
 */
final class StoryTerms {

    static final float HEADLINE = 3f;
    static final float LEAD = 2f;
    static final float BODY = 1f;
    /** Paragraphs counted as the lead of the article. */
    static final int LEAD_PARAGRAPHS = 2;
    /** Shorter stems are mostly particles the stop list missed. */
    static final int MIN_STEM = 3;

    /** A word's stem ({@link #stem}) kept on its record, "" for none. */
    private static final WordRecord.Slot<String> STEM = WordRecord.slot();

    private StoryTerms() {
    }

    /** The article's terms, each piece tokenised on its own ({@link #add(Map, String, float)}). */
    static Map<String, Float> of(Article article) {
        return of(article, null);
    }

    /**
     * {@link #of(Article)}, each piece's words read off the article's tokens (null: none) where they cut it
     * as the text layer's tokenizer does ({@link ArticleTokens#alike}), their stems kept on their records;
     * the same words in the same order, so the same sums.
     */
    static Map<String, Float> of(Article article, ArticleTokens tokens) {
        Map<String, Float> tf = new HashMap<>();
        int paragraph = 0;
        // without tokens, each piece is tokenised on its own (the pieces' list tokenises nothing)
        for (ArticleTokens.Piece piece : (tokens != null ? tokens : ArticleTokens.of(article)).parts()) {
            float weight = switch (piece.kind()) {
                case HEADLINE -> HEADLINE;
                case LEDE -> LEAD;
                case PARAGRAPH -> paragraph++ < LEAD_PARAGRAPHS ? LEAD : BODY;
                case SUBHEAD -> 0f; // left out
            };
            if (weight > 0f) {
                add(tf, piece.text(), tokens == null ? null : piece.at(), weight);
            }
        }
        return tf;
    }

    /** One piece, which stands at {@code at} among the article's tokens (null: not there, or no tokens). */
    private static void add(Map<String, Float> tf, String text, ArticleTokens.Part at, float weight) {
        ArticleTokens.Range range = at == null ? null : at.alike(text.length());
        if (range == null) {
            add(tf, text, weight);
            return;
        }
        for (int i = range.from(); i < range.to(); i++) {
            WordRecord r = at.record(i);
            if (r.isArabicWord()) {
                String stem = r.get(STEM, x -> {
                    String s = stem(x.form());
                    return s == null ? "" : s;
                });
                if (!stem.isEmpty()) {
                    tf.merge(stem, weight, Float::sum);
                }
            }
        }
    }

    static void add(Map<String, Float> tf, String text, float weight) {
        for (Token t : ArabicTokenizer.tokenize(text)) {
            if (t.type() == Token.Type.ARABIC || t.type() == Token.Type.LATIN) {
                String stem = stem(t.form());
                if (stem != null) {
                    tf.merge(stem, weight, Float::sum);
                }
            }
        }
    }

    /** The stem of one normalised word, or null for a stop word or a fragment too short to mean anything. */
    static String stem(String word) {
        if (StopWords.contains(word)) {
            return null;
        }
        String stem = LightStemmer.stem(word);
        return stem.length() < MIN_STEM || StopWords.contains(stem) ? null : stem;
    }
}
