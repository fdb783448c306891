package org.mirsad.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * The terms of one document's text fields, gathered while the index writer analyses those fields, for
 * {@link ArticleFields#ALL_TEXT} to replay. That field indexes the same text with the same analyzer, but
 * only which documents hold a term (no frequencies, positions or norms), so each distinct term once is
 * the same posting: the text is analysed once instead of twice.
 */
final class AllTextTerms {

    /**
     * The distinct terms, as char arrays: a term already held is looked up in the token's own buffer, and only
     * a new one is copied (a set of strings made a string of every token).
     */
    private final CharArraySet terms = new CharArraySet(256, false);

    /** The terms gathered so far, as a token stream (read when the writer reaches the field, after the text fields). */
    TokenStream replay() {
        return new Replay();
    }

    /**
     * A text field whose analysed terms also go to {@link AllTextTerms}; a piece of the full text (headline,
     * lede, body) also gives the skeleton field its tokens ({@link SkeletonTokens}), and is analysed by that
     * class's chain, the index writer's for text fields (index side, light stems) with a step that notes the
     * skeletons before the stems (LuceneArticleIndexTest compares both fields with the writer's own analysis).
     */
    static final class CollectedField extends Field {
        private final AllTextTerms into;
        private final SkeletonTokens skeleton;

        /** @param skeleton the document's skeleton tokens, or null when this field is no piece of the full text */
        CollectedField(String name, String value, FieldType type, AllTextTerms into, SkeletonTokens skeleton) {
            super(name, value, type);
            this.into = into;
            this.skeleton = skeleton == null || skeleton.start(name) < 0 ? null : skeleton;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            TokenStream stems = skeleton == null ? super.tokenStream(analyzer, reuse)
                    : skeleton.stems(name(), stringValue(), skeleton.start(name()));
            return into.new Collect(stems);
        }
    }

    private final class Collect extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Collect(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            if (!terms.contains(buffer, 0, length)) {
                terms.add(Arrays.copyOf(buffer, length));
            }
            return true;
        }
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private Iterator<Object> next;

        @Override
        public void reset() throws IOException {
            super.reset();
            next = terms.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (next == null || !next.hasNext()) {
                return false;
            }
            clearAttributes();
            char[] chars = (char[]) next.next();
            term.copyBuffer(chars, 0, chars.length);
            return true;
        }
    }
}
