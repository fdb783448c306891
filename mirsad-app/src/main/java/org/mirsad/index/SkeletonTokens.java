package org.mirsad.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.mirsad.model.Article;

/**
 * The {@link ArticleFields#SKELETON} field of one document, taken from the analysis of its headline, lede
 * and body as text fields instead of a second analysis of {@link Article#fullText} (about a tenth of the
 * index lanes' CPU). The two chains are the same up to their last step (light stem or skeleton,
 * {@link ArabicAnalyzer#reduce}) and every step before it reads one token at a time, so analysing the
 * three pieces on their own gives the tokens of their concatenation: each piece's offsets move by where it
 * starts in the full text, and the positions a piece's end skipped (stop words) go to the next token, as
 * they would have in one stream. The pieces must be analysed in the order the full text has them: the
 * document lists the text fields before the skeleton, and the index writer inverts a document's fields in
 * order.
 */
final class SkeletonTokens {

    /** The chain up to the stems and skeletons, at index time: each lane thread reuses its own. */
    private static final Analyzer UNREDUCED = new ArabicAnalyzer(ArabicAnalyzer.Side.INDEX,
            ArabicAnalyzer.Form.UNREDUCED);
    /** What {@link Article#fullText} puts between its pieces. */
    private static final int SEPARATOR = 2;

    private final int ledeStart;
    private final int bodyStart;
    private final int length;
    private String[] terms = new String[256];
    private int[] increments = new int[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int size;
    /** Positions skipped at the end of the pieces read since the last token, for the next token. */
    private int skipped;

    /**
     * @param headline the article's headline
     * @param lede     its lede, or null
     * @param body     its {@link Article#bodyText}
     */
    SkeletonTokens(String headline, String lede, String body) {
        // Article.fullText: the headline, then the lede and the body when not empty, each after a blank line.
        int at = headline.length();
        ledeStart = lede == null || lede.isEmpty() ? -1 : at + SEPARATOR;
        at = ledeStart < 0 ? at : ledeStart + lede.length();
        bodyStart = body.isEmpty() ? -1 : at + SEPARATOR;
        length = bodyStart < 0 ? at : bodyStart + body.length();
    }

    /** Where {@code field}'s text starts in the full text, or -1 when it is not one of its pieces. */
    int start(String field) {
        return switch (field) {
            case ArticleFields.HEADLINE -> 0;
            case ArticleFields.LEDE -> ledeStart;
            case ArticleFields.BODY -> bodyStart;
            default -> -1;
        };
    }

    /**
     * The stems of one piece (what the text field's analyzer gives) while noting the skeletons of the same
     * tokens; {@code start} is where the piece starts in the full text ({@link #start}).
     */
    TokenStream stems(String field, String text, int start) {
        return ArabicAnalyzer.reduce(new Note(UNREDUCED.tokenStream(field, text), start), ArabicAnalyzer.Form.STEM);
    }

    /** The skeleton field's tokens, once every piece was analysed. */
    TokenStream replay() {
        return new Replay();
    }

    private void add(String term, int increment, int start, int end) {
        if (size == terms.length) {
            int n = size * 2;
            terms = Arrays.copyOf(terms, n);
            increments = Arrays.copyOf(increments, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
        terms[size] = term;
        increments[size] = increment + skipped;
        starts[size] = start;
        ends[size] = end;
        skipped = 0;
        size++;
    }

    /** Notes each token's skeleton before the stemmer, with its position increment and offsets in the full text. */
    private final class Note extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final int start;

        Note(TokenStream in, int start) {
            super(in);
            this.start = start;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            add(Skeleton.of(term.buffer(), term.length()), increment.getPositionIncrement(), start + offset.startOffset(),
                    start + offset.endOffset());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            skipped += increment.getPositionIncrement();
        }
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == size) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            increment.setPositionIncrement(increments[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            // As the full text's tokenizer and stop filter end: at its last character, with the positions skipped after the last token.
            increment.setPositionIncrement(skipped);
            offset.setOffset(length, length);
        }
    }
}
