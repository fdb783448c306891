package org.mirsad.stories;

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

    /** Distinct stems an article's terms start with room for (most news articles have 100-300). */
    private static final int EXPECTED_TERMS = 256;

    private StoryTerms() {
    }

    /** The article's terms, each piece tokenised on its own ({@link #add(TermWeights, String, float)}). */
    static TermWeights of(Article article) {
        return of(article, null);
    }

    /**
     * {@link #of(Article)}, each piece's words read off the article's tokens (null: none) where they cut it
     * as the text layer's tokenizer does ({@link ArticleTokens#alike}), their stems kept on their records;
     * the same words in the same order, so the same sums.
     */
    static TermWeights of(Article article, ArticleTokens tokens) {
        TermWeights tf = new TermWeights(EXPECTED_TERMS);
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

    /**
     * One piece, which stands at {@code at} among the article's tokens (null: not there, or no tokens). A piece
     * the two tokenisers cut alike throughout is read off the records; one they do not (a number, a Latin word)
     * a stretch between white spaces at a time, each stretch read off the records where they cut it alike and
     * tokenised on its own where not: neither tokeniser makes a word across white space, so a stretch's words
     * are those of the whole piece there, in the same order. Re-tokenising the whole of such a piece (a third of the
     * headlines, ledes and paragraphs of the news, over half their text) was two thirds of this stage's work and
     * allocation.
     */
    private static void add(TermWeights tf, String text, ArticleTokens.Part at, float weight) {
        ArticleTokens.Range range = at == null ? null : at.alike(text.length());
        if (range != null) {
            addRecords(tf, at, range.from(), range.to(), weight);
        } else if (at == null) {
            add(tf, text, weight);
        } else {
            addStretches(tf, text, at, weight);
        }
    }

    /** {@link #add(TermWeights, String, ArticleTokens.Part, float)} of a piece the tokenisers do not cut alike throughout. */
    private static void addStretches(TermWeights tf, String text, ArticleTokens.Part at, float weight) {
        ArticleTokens tokens = at.tokens();
        int count = tokens.count();
        int k = tokens.firstAt(at.offset());
        // where the tokens passed so far end, in the piece's places: a token running into a stretch spoils it
        int covered = k > 0 ? at.end(k - 1) : Integer.MIN_VALUE;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int from = k;
            boolean alike = covered <= start;
            for (; k < count && at.start(k) < i; k++) {
                WordRecord r = at.record(k);
                alike &= at.start(k) >= start && at.end(k) <= i && (r.isArabicWord() || r.isPunctuation());
                covered = Math.max(covered, at.end(k));
            }
            if (alike) {
                addRecords(tf, at, from, k, weight);
            } else {
                add(tf, text.substring(start, i), weight);
            }
        }
    }

    /** The Arabic words among tokens {@code from} to {@code to} (exclusive), their stems kept on their records. */
    private static void addRecords(TermWeights tf, ArticleTokens.Part at, int from, int to, float weight) {
        for (int i = from; i < to; i++) {
            WordRecord r = at.record(i);
            if (r.isArabicWord()) {
                String stem = r.get(STEM, x -> {
                    String s = stem(x.form());
                    return s == null ? "" : s;
                });
                if (!stem.isEmpty()) {
                    tf.add(stem, weight);
                }
            }
        }
    }

    static void add(TermWeights tf, String text, float weight) {
        for (Token t : ArabicTokenizer.tokenize(text)) {
            if (t.type() == Token.Type.ARABIC || t.type() == Token.Type.LATIN) {
                String stem = stem(t.form());
                if (stem != null) {
                    tf.add(stem, weight);
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
