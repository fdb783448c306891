package org.mirsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.mirsad.index.ArticleFields;

/**
 * Marks the words of a passage that match the query only as a spelling variant: a hit found through
 * the consonant-skeleton field (بوتن for بوتين) has no match the highlighter can see in its text
 * fields, since the skeleton field is not a text of its own. Each word of the passage is analysed as
 * the skeleton field analyses it and marked when its skeleton is one the query asked for, so that a
 * reader sees why the article was found.
 */
final class VariantMarks {

    private VariantMarks() {
    }

    /** The skeleton terms {@code query} searches for, outside negations (none: an empty set). */
    static Set<String> skeletons(Query query) {
        Set<String> out = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return ArticleFields.SKELETON.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    out.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return out;
    }

    /**
     * Where a passage of about {@code window} characters showing the first variant match of {@code text}
     * starts: its paragraph's start, or, in a paragraph too long for that, a word boundary a third of the
     * window before the match; -1 when nothing in {@code text} matches.
     */
    static int passageStart(String text, Set<String> skeletons, int window) {
        // a body runs to thousands of words; the first match is all that is needed
        List<int[]> marks = marks(text, skeletons, 1);
        if (marks.isEmpty()) {
            return -1;
        }
        int[] first = marks.get(0);
        int paragraph = text.lastIndexOf('\n', first[0]) + 1;
        if (first[1] - paragraph <= window) {
            return paragraph;
        }
        return Math.max(paragraph, text.lastIndexOf(' ', first[0] - window / 3) + 1);
    }

    /** {@code text} with its words whose skeleton is among {@code skeletons} marked. */
    static Snippet mark(String text, Set<String> skeletons) {
        return new Snippet(text, marks(text, skeletons, Integer.MAX_VALUE));
    }

    /** The [start, end) offsets of the first {@code max} words of {@code text} whose skeleton is among {@code skeletons}. */
    private static List<int[]> marks(String text, Set<String> skeletons, int max) {
        List<int[]> marks = new ArrayList<>();
        if (skeletons.isEmpty() || text.isEmpty()) {
            return marks;
        }
        try (TokenStream ts = SnippetHighlighter.ANALYZER.tokenStream(ArticleFields.SKELETON, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (marks.size() < max && ts.incrementToken()) {
                if (skeletons.contains(term.toString()) && offset.endOffset() <= text.length()) {
                    int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                    if (last == null || offset.startOffset() >= last[1]) {
                        marks.add(new int[] {offset.startOffset(), offset.endOffset()});
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a snippet for its variant spellings", e);
        }
        return marks;
    }
}
